package io.odigos.console.collectors;

import java.util.function.Consumer;

/** Live collector objects of one cluster. */
public interface CollectorsSource {
  /**
   * Starts watching; {@code sink} receives, from any thread, all objects after each change (the
   * first call carries the initial listing). Blocking until listed. Close the result to stop.
   */
  AutoCloseable watch(Consumer<CollectorObjects> sink);
}
