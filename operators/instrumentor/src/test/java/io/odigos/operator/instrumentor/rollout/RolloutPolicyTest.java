package io.odigos.operator.instrumentor.rollout;

import static io.odigos.operator.instrumentor.rollout.Fixtures.ic;
import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.operator.instrumentor.rollout.RolloutPolicy.Step;
import io.odigos.operator.instrumentor.workload.WorkloadKind;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RolloutPolicyTest {
  private static final RolloutSettings DISABLED =
      new RolloutSettings(true, 10, false, Duration.ofMinutes(5));

  @Test
  void aRolloutIsNeededWhenTheSpecHashDiffersFromTheRolledOne() {
    assertThat(RolloutPolicy.next(ic("deployment-a", "h1", null), RolloutSettings.DEFAULTS))
        .isEqualTo(Step.ROLL);
    assertThat(RolloutPolicy.next(ic("deployment-a", "h2", "h1"), RolloutSettings.DEFAULTS))
        .isEqualTo(Step.ROLL);
    assertThat(RolloutPolicy.next(ic("deployment-a", "h1", "h1"), RolloutSettings.DEFAULTS))
        .isEqualTo(Step.UP_TO_DATE);
    assertThat(RolloutPolicy.next(ic("deployment-a", null, null), RolloutSettings.DEFAULTS))
        .as("no agents and never rolled: nothing to do")
        .isEqualTo(Step.UP_TO_DATE);
    assertThat(RolloutPolicy.next(ic("deployment-a", "", "h1"), RolloutSettings.DEFAULTS))
        .as("agents removed: roll to pods without them")
        .isEqualTo(Step.ROLL);
  }

  @Test
  void disabledRolloutsWaitExceptToRollBack() {
    assertThat(RolloutPolicy.next(ic("deployment-a", "h1", null), DISABLED))
        .isEqualTo(Step.DISABLED);
    var rolledBack = ic("deployment-a", "", "h1");
    rolledBack.getStatus().setRollbackOccurred(true);
    assertThat(RolloutPolicy.next(rolledBack, DISABLED)).isEqualTo(Step.ROLL);
    assertThat(RolloutPolicy.needsSlot(WorkloadKind.DEPLOYMENT, rolledBack)).isFalse();
  }

  @Test
  void cronJobsNeedNoSlot() {
    var ic = ic("cronjob-report", "h1", null);
    assertThat(RolloutPolicy.needsSlot(WorkloadKind.CRON_JOB, ic)).isFalse();
    assertThat(RolloutPolicy.needsSlot(WorkloadKind.DEPLOYMENT, ic)).isTrue();
  }

  @Test
  void aSlotIsFreeBelowTheLimitOrWhenTheWorkloadAlreadyHoldsOne() {
    var a = new WorkloadRef(WorkloadKind.DEPLOYMENT, "shop", "a");
    var b = new WorkloadRef(WorkloadKind.DEPLOYMENT, "shop", "b");
    var c = new WorkloadRef(WorkloadKind.STATEFUL_SET, "shop", "c");
    assertThat(RolloutPolicy.slotAvailable(c, Set.of(a), 2)).isTrue();
    assertThat(RolloutPolicy.slotAvailable(c, Set.of(a, b), 2)).isFalse();
    assertThat(RolloutPolicy.slotAvailable(a, Set.of(a, b), 2)).isTrue();
    assertThat(RolloutPolicy.slotAvailable(c, Set.of(a, b), 0)).as("no limit").isTrue();
  }

  @Test
  void crashesAreWatchedWhileAgentsAreOnAndNoRollbackHappened() {
    var ic = ic("deployment-a", "h1", "h1");
    assertThat(RolloutPolicy.watchesForCrashes(ic, RolloutSettings.DEFAULTS)).isTrue();
    assertThat(
            RolloutPolicy.watchesForCrashes(
                ic, new RolloutSettings(false, 10, true, Duration.ofMinutes(5))))
        .isFalse();
    assertThat(
            RolloutPolicy.watchesForCrashes(ic("deployment-a", "", "h1"), RolloutSettings.DEFAULTS))
        .isFalse();
    ic.getStatus().setRollbackOccurred(true);
    assertThat(RolloutPolicy.watchesForCrashes(ic, RolloutSettings.DEFAULTS)).isFalse();
  }

  @Test
  void theGraceWindowStartsAtTheLaterOfHashChangeAndRollout() {
    Instant changed = Instant.parse("2025-06-01T10:00:00Z");
    Instant rolled = Instant.parse("2025-06-01T10:07:00Z");
    var ic = Fixtures.changedAt(ic("deployment-a", "h1", "h1"), changed);
    assertThat(RolloutPolicy.graceWindowStart(ic)).isEqualTo(changed);
    ic.getStatus().setInstrumentationTime(rolled.atOffset(ZoneOffset.UTC));
    assertThat(RolloutPolicy.graceWindowStart(ic)).isEqualTo(rolled);
    assertThat(RolloutPolicy.graceWindowStart(ic("deployment-a", "h1", "h1"))).isNull();
  }
}
