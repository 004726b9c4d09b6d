package io.odigos.operator.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Condition;
import io.odigos.operator.support.Conditions.Desired;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionsTest {
  private static final Instant T1 = Instant.parse("2026-11-21T10:00:00.123Z");
  private static final Instant T2 = Instant.parse("2026-11-21T10:05:00Z");

  @Test
  void addsAMissingConditionStampedWithGenerationAndTime() {
    List<Condition> out =
        Conditions.set(List.of(), Desired.isTrue("Ready", "AllGood", "fine"), 3, T1);
    assertThat(out)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getType()).isEqualTo("Ready");
              assertThat(c.getStatus()).isEqualTo("True");
              assertThat(c.getObservedGeneration()).isEqualTo(3L);
              assertThat(c.getLastTransitionTime()).isEqualTo("2026-11-21T10:00:00Z");
            });
  }

  @Test
  void keepsTheTransitionTimeWhenOnlyTheMessageChanges() {
    List<Condition> first =
        Conditions.set(List.of(), Desired.isFalse("Ready", "Waiting", "a"), 1, T1);
    List<Condition> second = Conditions.set(first, Desired.isFalse("Ready", "Waiting", "b"), 2, T2);
    assertThat(second.getFirst().getLastTransitionTime()).isEqualTo("2026-11-21T10:00:00Z");
    assertThat(second.getFirst().getMessage()).isEqualTo("b");
    assertThat(second.getFirst().getObservedGeneration()).isEqualTo(2L);
  }

  @Test
  void movesTheTransitionTimeWhenTheStatusFlips() {
    List<Condition> first =
        Conditions.set(List.of(), Desired.isFalse("Ready", "Waiting", ""), 1, T1);
    List<Condition> second = Conditions.set(first, Desired.isTrue("Ready", "Done", ""), 1, T2);
    assertThat(second.getFirst().getLastTransitionTime()).isEqualTo("2026-11-21T10:05:00Z");
  }

  @Test
  void settingTheSameConditionAgainChangesNothing() {
    List<Condition> first = Conditions.set(List.of(), Desired.isTrue("Ready", "Done", "ok"), 1, T1);
    List<Condition> again = Conditions.set(first, Desired.isTrue("Ready", "Done", "ok"), 1, T2);
    assertThat(Conditions.same(first, again)).isTrue();
  }

  @Test
  void replacesInPlaceAndKeepsOtherConditions() {
    List<Condition> two =
        Conditions.set(
            Conditions.set(List.of(), Desired.isTrue("A", "X", ""), 1, T1),
            Desired.isTrue("B", "Y", ""),
            1,
            T1);
    List<Condition> out = Conditions.set(two, Desired.isFalse("A", "Z", ""), 1, T2);
    assertThat(out).extracting(Condition::getType).containsExactly("A", "B");
    assertThat(two.getFirst().getStatus()).as("input untouched").isEqualTo("True");
  }

  @Test
  void rejectsReasonsTheApiServerWouldReject() {
    assertThatThrownBy(() -> Desired.isTrue("Ready", "not a reason", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CamelCase");
    assertThatThrownBy(() -> new Desired("Ready", "Maybe", "R", ""))
        .hasMessageContaining("True, False or Unknown");
  }
}
