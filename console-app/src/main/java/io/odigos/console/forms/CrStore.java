package io.odigos.console.forms;

import java.util.List;
import java.util.function.Consumer;

/**
 * Reads and writes one kind of Odigos custom resource in the Odigos namespace. Blocking: call it on
 * the background executor only.
 *
 * @param <T> the custom resource class
 */
public interface CrStore<T> {

  /**
   * Starts a live watch; {@code onChange} receives, from any thread, the whole sorted list after
   * every change (the first call carries the initial listing). Close the result to stop.
   */
  AutoCloseable watch(Consumer<List<T>> onChange);

  void create(T resource);

  /** Replaces the spec of the existing object of the same name, keeping its metadata. */
  void update(T resource);

  void delete(String name);
}
