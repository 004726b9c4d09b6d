package io.odigos.console.forms;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** A hand-written in-memory store for view model tests: what was written, and a live list. */
public final class MemoryCrStore<T extends HasMetadata> implements CrStore<T> {
  public final Map<String, T> objects = new TreeMap<>();
  public final List<String> writes = new ArrayList<>();
  private final List<Consumer<List<T>>> watchers = new ArrayList<>();

  @Override
  public AutoCloseable watch(Consumer<List<T>> onChange) {
    watchers.add(onChange);
    publish();
    return () -> watchers.remove(onChange);
  }

  @Override
  public void create(T resource) {
    if (objects.containsKey(resource.getMetadata().getName())) {
      throw new IllegalStateException("already exists: " + resource.getMetadata().getName());
    }
    writes.add("create " + resource.getMetadata().getName());
    objects.put(resource.getMetadata().getName(), resource);
    publish();
  }

  @Override
  public void update(T resource) {
    writes.add("update " + resource.getMetadata().getName());
    objects.put(resource.getMetadata().getName(), resource);
    publish();
  }

  @Override
  public void delete(String name) {
    writes.add("delete " + name);
    objects.remove(name);
    publish();
  }

  /** Puts an object as if someone else created it (e.g. with a status). */
  public void seed(T resource) {
    objects.put(resource.getMetadata().getName(), resource);
    publish();
  }

  private void publish() {
    List<T> list =
        objects.values().stream()
            .sorted(Comparator.comparing(t -> t.getMetadata().getName()))
            .toList();
    watchers.forEach(w -> w.accept(list));
  }
}
