package io.odigos.operator.autoscaler.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.ActionStatus;
import io.odigos.operator.support.Conditions.Desired;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class StatusUpdateTest {
  private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");
  private static final Instant T1 = Instant.parse("2025-01-01T11:00:00Z");
  private static final Desired OK =
      Desired.isTrue("TransformedToProcessor", "ProcessorCreated", "m");

  @Test
  void nothingToWriteWhenTheConditionAndGenerationAreAlreadyThere() {
    ActionStatus status = status(StatusUpdate.changedConditions(null, OK, 3, T0).orElseThrow(), 3L);

    assertThat(StatusUpdate.changedConditions(status, OK, 3, T1)).isEmpty();
  }

  @Test
  void aNewGenerationIsWrittenButKeepsTheTransitionTime() {
    ActionStatus status = status(StatusUpdate.changedConditions(null, OK, 3, T0).orElseThrow(), 3L);

    List<Condition> next = StatusUpdate.changedConditions(status, OK, 4, T1).orElseThrow();

    assertThat(next)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getObservedGeneration()).isEqualTo(4L);
              assertThat(c.getLastTransitionTime()).isEqualTo("2025-01-01T10:00:00Z");
            });
    assertThat(StatusUpdate.isNews(status, OK)).isFalse();
  }

  @Test
  void aFlipMovesTheTransitionTimeAndIsNews() {
    ActionStatus status = status(StatusUpdate.changedConditions(null, OK, 3, T0).orElseThrow(), 3L);
    Desired bad = Desired.isFalse(OK.type(), "MultiplePayloads", "two");

    List<Condition> next = StatusUpdate.changedConditions(status, bad, 3, T1).orElseThrow();

    assertThat(next.getFirst().getLastTransitionTime()).isEqualTo("2025-01-01T11:00:00Z");
    assertThat(StatusUpdate.isNews(status, bad)).isTrue();
    assertThat(StatusUpdate.isNews(status, Desired.isTrue(OK.type(), OK.reason(), "other")))
        .as("a new message is news too")
        .isTrue();
    assertThat(StatusUpdate.isNews(null, OK)).isTrue();
  }

  @Test
  void conditionsOfOtherControllersAreKept() {
    Condition foreign =
        new ConditionBuilder()
            .withType("Other")
            .withStatus("True")
            .withReason("Theirs")
            .withMessage("")
            .withLastTransitionTime("2024-01-01T00:00:00Z")
            .build();
    ActionStatus status = status(new ArrayList<>(List.of(foreign)), 1L);

    List<Condition> next = StatusUpdate.changedConditions(status, OK, 1, T0).orElseThrow();

    assertThat(next).extracting(Condition::getType).containsExactly("Other", OK.type());
  }

  @Test
  void patchCarriesMetadataAndTheNewStatusOnly() {
    Action action = new Action();
    action.setMetadata(
        new ObjectMetaBuilder().withName("a").withNamespace("ns").withGeneration(2L).build());

    var control =
        StatusUpdate.patchIfChanged(
            action, OK, Action::new, ActionStatus::new, T0, LoggerFactory.getLogger("test"));

    assertThat(control.isPatchStatus()).isTrue();
    Action patch = control.getResource().orElseThrow();
    assertThat(patch.getSpec()).isNull();
    assertThat(patch.getMetadata().getName()).isEqualTo("a");
    assertThat(patch.getStatus().getObservedGeneration()).isEqualTo(2L);
    assertThat(patch.getStatus().condition(OK.type()))
        .get()
        .extracting(Condition::getReason)
        .isEqualTo("ProcessorCreated");

    action.setStatus(patch.getStatus());
    var again =
        StatusUpdate.patchIfChanged(
            action, OK, Action::new, ActionStatus::new, T1, LoggerFactory.getLogger("test"));
    assertThat(again.isNoUpdate()).isTrue();
  }

  private static ActionStatus status(List<Condition> conditions, Long generation) {
    ActionStatus status = new ActionStatus();
    status.setConditions(conditions);
    status.setObservedGeneration(generation);
    return status;
  }
}
