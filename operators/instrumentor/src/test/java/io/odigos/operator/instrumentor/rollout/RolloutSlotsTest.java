package io.odigos.operator.instrumentor.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.operator.instrumentor.workload.WorkloadKind;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RolloutSlotsTest {
  private static final WorkloadRef A = ref("a");
  private static final WorkloadRef B = ref("b");
  private static final WorkloadRef C = ref("c");

  private final RolloutSlots slots = new RolloutSlots();
  private final Map<WorkloadRef, Long> cache = new HashMap<>();

  @Test
  void grantsCountUntilTheCacheHasCaughtUpWithThePatch() {
    cache.put(A, 1L);
    cache.put(B, 1L);
    assertThat(acquire(A, 1, Set.of())).isTrue();
    assertThat(acquire(B, 1, Set.of())).as("A's grant still pending").isFalse();
    slots.patched(A, 2L);
    assertThat(acquire(B, 1, Set.of())).as("cache still at generation 1").isFalse();
    cache.put(A, 2L);
    assertThat(acquire(B, 1, Set.of(A))).as("cache caught up and shows A rolling").isFalse();
    assertThat(acquire(B, 1, Set.of())).as("A finished").isTrue();
  }

  @Test
  void waitingWorkloadsQueueInArrivalOrder() {
    assertThat(acquire(A, 1, Set.of())).isTrue();
    assertThat(acquire(C, 1, Set.of())).isFalse();
    assertThat(acquire(B, 1, Set.of())).isFalse();
    assertThat(acquire(C, 1, Set.of())).isFalse();
    assertThat(slots.longestWaiting(5)).containsExactly(C, B);
    assertThat(slots.longestWaiting(1)).containsExactly(C);
    slots.forget(A);
    assertThat(acquire(C, 1, Set.of())).isTrue();
    assertThat(slots.longestWaiting(5)).containsExactly(B);
  }

  @Test
  void leavingTheQueueKeepsAGrantedSlot() {
    assertThat(acquire(A, 1, Set.of())).isTrue();
    assertThat(acquire(B, 1, Set.of())).isFalse();
    slots.leaveQueue(A);
    slots.leaveQueue(B);
    assertThat(slots.longestWaiting(5)).isEmpty();
    assertThat(acquire(C, 1, Set.of())).as("A still holds its slot").isFalse();
  }

  @Test
  void aWorkloadGoneFromTheCacheFreesItsSlot() {
    assertThat(acquire(A, 1, Set.of())).isTrue();
    slots.patched(A, 5L);
    assertThat(acquire(B, 1, Set.of())).isTrue();
  }

  @Test
  void noLimitGrantsEverything() {
    assertThat(acquire(A, 0, Set.of(B, C))).isTrue();
    assertThat(slots.waitingCount()).isZero();
  }

  private boolean acquire(WorkloadRef self, int limit, Set<WorkloadRef> rolling) {
    return slots.tryAcquire(self, limit, rolling, r -> cache.getOrDefault(r, -1L));
  }

  private static WorkloadRef ref(String name) {
    return new WorkloadRef(WorkloadKind.DEPLOYMENT, "shop", name);
  }
}
