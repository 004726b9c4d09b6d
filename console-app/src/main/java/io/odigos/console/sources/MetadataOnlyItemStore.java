package io.odigos.console.sources;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * An informer cache that keeps, per object, only its namespace, name and resource version, and
 * gives back objects carrying just that metadata. The Sources view's handlers take what they show
 * from the events, so a full copy of 10,000 workloads in the cache would only cost memory; unlike
 * fabric8's {@code ReducedStateItemStore} it does not convert each object to a map first (that
 * doubled the CPU of the first list).
 */
final class MetadataOnlyItemStore<T extends HasMetadata> implements ItemStore<T> {
  private record Meta(String namespace, String name, String resourceVersion) {}

  private final Map<String, Meta> items = new ConcurrentHashMap<>();
  private final Supplier<T> empty;

  /**
   * @param empty makes an empty object of the informer's type (its no-argument constructor)
   */
  MetadataOnlyItemStore(Supplier<T> empty) {
    this.empty = empty;
  }

  @Override
  public String getKey(T obj) {
    return Cache.metaNamespaceKeyFunc(obj);
  }

  @Override
  public T put(String key, T obj) {
    ObjectMeta m = obj.getMetadata();
    return restore(items.put(key, new Meta(m.getNamespace(), m.getName(), m.getResourceVersion())));
  }

  @Override
  public T remove(String key) {
    return restore(items.remove(key));
  }

  @Override
  public Stream<String> keySet() {
    return items.keySet().stream();
  }

  @Override
  public Stream<T> values() {
    return items.values().stream().map(this::restore);
  }

  @Override
  public int size() {
    return items.size();
  }

  @Override
  public T get(String key) {
    return restore(items.get(key));
  }

  @Override
  public boolean isFullState() {
    return false;
  }

  private T restore(Meta m) {
    if (m == null) {
      return null;
    }
    T obj = empty.get();
    ObjectMeta meta = new ObjectMeta();
    meta.setNamespace(m.namespace());
    meta.setName(m.name());
    meta.setResourceVersion(m.resourceVersion());
    obj.setMetadata(meta);
    return obj;
  }
}
