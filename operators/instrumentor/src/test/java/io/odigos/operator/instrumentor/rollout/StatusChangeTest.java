package io.odigos.operator.instrumentor.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.model.v1alpha1.InstrumentationConfigStatus;
import io.odigos.operator.instrumentor.rollout.StatusWriter.Change;
import io.odigos.operator.support.Conditions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusChangeTest {
  private static final Instant NOW = Instant.parse("2025-06-01T10:00:00.750Z");

  @Test
  void appliesTheRolloutAndKeepsOtherConditions() {
    var status = new InstrumentationConfigStatus();
    status.setConditions(
        Conditions.set(
            List.of(),
            Conditions.Desired.isTrue("AgentEnabled", "EnabledSuccessfully", ""),
            1,
            NOW));
    var triggered = Conditions.Desired.isTrue(RolloutConditions.WORKLOAD_ROLLOUT, "X", "m");
    assertThat(new Change("h1", NOW, null, List.of(triggered)).applyTo(status, 2, NOW)).isTrue();
    assertThat(status.getWorkloadRolloutHash()).isEqualTo("h1");
    assertThat(status.getInstrumentationTime().toInstant())
        .isEqualTo(Instant.parse("2025-06-01T10:00:00Z"));
    assertThat(status.getConditions())
        .extracting(c -> c.getType())
        .containsExactly("AgentEnabled", RolloutConditions.WORKLOAD_ROLLOUT);
    assertThat(new Change("h1", NOW, null, List.of(triggered)).applyTo(status, 2, NOW))
        .as("applied twice: nothing to write")
        .isFalse();
  }

  @Test
  void aRollbackIsRecordedOnce() {
    var status = new InstrumentationConfigStatus();
    var first = Conditions.Desired.isTrue(RolloutConditions.ROLLBACK_OCCURRED, "A", "first");
    var second = Conditions.Desired.isTrue(RolloutConditions.ROLLBACK_OCCURRED, "A", "second");
    assertThat(new Change(null, null, true, List.of(first)).applyTo(status, 1, NOW)).isTrue();
    assertThat(new Change(null, null, true, List.of(second)).applyTo(status, 1, NOW)).isFalse();
    assertThat(status.condition(RolloutConditions.ROLLBACK_OCCURRED).orElseThrow().getMessage())
        .isEqualTo("first");
  }
}
