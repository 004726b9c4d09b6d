package io.odigos.operator.instrumentor.rollout;

import io.odigos.operator.instrumentor.workload.WorkloadRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The concurrent-rollout limit. Which workloads are rolling comes from the informer caches (a
 * workload whose template carries our annotation and that is still replacing pods); this class adds
 * what the caches cannot show yet: rollouts granted or patched moments ago. It also keeps the queue
 * of waiting workloads in arrival order, so that a freed slot wakes the longest waiting.
 */
final class RolloutSlots {
  /** A grant whose patch has not returned yet. */
  private static final long PENDING = Long.MAX_VALUE;

  /** Workloads we let roll, with the generation our patch produced. */
  private final Map<WorkloadRef, Long> granted = new HashMap<>();

  private final LinkedHashSet<WorkloadRef> waiting = new LinkedHashSet<>();

  /**
   * Grants {@code self} a slot, or queues it. {@code rollingInCache} are the workloads the caches
   * show rolling; {@code cachedGeneration} gives a workload's generation in the cache (-1 when it
   * is not there): once the cache has caught up with a patch, the cache alone tells whether that
   * workload still rolls.
   */
  synchronized boolean tryAcquire(
      WorkloadRef self,
      int limit,
      Set<WorkloadRef> rollingInCache,
      ToLongFunction<WorkloadRef> cachedGeneration) {
    granted
        .entrySet()
        .removeIf(
            e -> {
              long cached = cachedGeneration.applyAsLong(e.getKey());
              return e.getValue() != PENDING && (cached < 0 || cached >= e.getValue());
            });
    Set<WorkloadRef> inFlight = new HashSet<>(rollingInCache);
    inFlight.addAll(granted.keySet());
    if (RolloutPolicy.slotAvailable(self, inFlight, limit)) {
      waiting.remove(self);
      granted.put(self, PENDING);
      return true;
    }
    waiting.add(self);
    return false;
  }

  /** The patch of a granted rollout returned: the workload now has this generation. */
  synchronized void patched(WorkloadRef self, long generation) {
    granted.computeIfPresent(self, (k, v) -> generation);
  }

  /** The workload no longer waits (its rollout is not needed any more); a granted slot stays. */
  synchronized void leaveQueue(WorkloadRef self) {
    waiting.remove(self);
  }

  /** The workload no longer needs its slot or its place in the queue (gone, failed, done). */
  synchronized void forget(WorkloadRef self) {
    granted.remove(self);
    waiting.remove(self);
  }

  /** The {@code n} workloads that have waited longest. */
  synchronized List<WorkloadRef> longestWaiting(int n) {
    return waiting.stream().limit(Math.max(0, n)).toList();
  }

  synchronized int waitingCount() {
    return waiting.size();
  }
}
