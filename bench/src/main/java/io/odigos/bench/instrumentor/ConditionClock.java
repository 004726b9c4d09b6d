package io.odigos.bench.instrumentor;

import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Watches InstrumentationConfigs and notes the moment ({@link System#nanoTime()}) each is first
 * seen in each of the named stages; the measurement side of the harness, independent of the
 * instrumentor.
 */
final class ConditionClock implements AutoCloseable {
  private final Map<String, Predicate<InstrumentationConfig>> stages;
  private final Map<String, Map<String, Long>> firstSeen = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<Long>> waiters = new ConcurrentHashMap<>();
  private final SharedIndexInformer<InstrumentationConfig> informer;

  /**
   * @param informer an informer of every namespace's InstrumentationConfigs, shared with the
   *     simulators so the harness decodes each watch event once
   * @param stages name → predicate, in the order they are reported
   */
  ConditionClock(
      SharedIndexInformer<InstrumentationConfig> informer,
      Map<String, Predicate<InstrumentationConfig>> stages) {
    this.stages = new LinkedHashMap<>(stages);
    stages.keySet().forEach(s -> firstSeen.put(s, new ConcurrentHashMap<>()));
    this.informer = informer;
    informer.addEventHandler(
        new ResourceEventHandler<>() {
          @Override
          public void onAdd(InstrumentationConfig ic) {
            seen(ic);
          }

          @Override
          public void onUpdate(InstrumentationConfig old, InstrumentationConfig ic) {
            seen(ic);
          }

          @Override
          public void onDelete(InstrumentationConfig ic, boolean unknown) {}
        });
  }

  private void seen(InstrumentationConfig ic) {
    long now = System.nanoTime();
    String key = ic.getMetadata().getNamespace() + "/" + ic.getMetadata().getName();
    stages.forEach(
        (stage, state) -> {
          if (state.test(ic) && firstSeen.get(stage).putIfAbsent(key, now) == null) {
            waiters
                .computeIfAbsent(stage + "@" + key, k -> new CompletableFuture<>())
                .complete(now);
          }
        });
  }

  /** Completes with the nanoTime at which the IC was first seen in the stage. */
  CompletableFuture<Long> when(String stage, String namespace, String name) {
    String key = namespace + "/" + name;
    CompletableFuture<Long> f =
        waiters.computeIfAbsent(stage + "@" + key, k -> new CompletableFuture<>());
    Long seen = firstSeen.get(stage).get(key);
    if (seen != null) {
      f.complete(seen);
    }
    return f;
  }

  /** How many ICs of the namespace have reached the stage. */
  int count(String stage, String namespace) {
    return times(stage, namespace).length;
  }

  /**
   * The nanoTime by which a fraction {@code q} (0 < q <= 1) of the namespace's ICs that reached the
   * stage had reached it; 0 when none has.
   */
  long quantile(String stage, String namespace, double q) {
    long[] t = times(stage, namespace);
    return t.length == 0 ? 0 : t[(int) Math.max(0, Math.ceil(q * t.length) - 1)];
  }

  Iterable<String> stages() {
    return stages.keySet();
  }

  private long[] times(String stage, String namespace) {
    return Arrays.stream(
            firstSeen.get(stage).entrySet().stream()
                .filter(e -> e.getKey().startsWith(namespace + "/"))
                .mapToLong(Map.Entry::getValue)
                .toArray())
        .sorted()
        .toArray();
  }

  @Override
  public void close() {
    // the informer belongs to whoever created it
  }
}
