package io.odigos.console.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

public class HealthTest {
  public static Condition condition(String type, String status, String reason) {
    return new ConditionBuilder()
        .withType(type)
        .withStatus(status)
        .withReason(reason)
        .withMessage("m " + reason)
        .build();
  }

  @Test
  void falseIsRedNoneIsAmberAllTrueIsGreen() {
    assertThat(Health.of(List.of())).isEqualTo(Health.WAITING);
    assertThat(Health.of(List.of(condition("A", "True", "Ok")))).isEqualTo(Health.OK);
    assertThat(Health.of(List.of(condition("A", "True", "Ok"), condition("B", "Unknown", "Wait"))))
        .isEqualTo(Health.WAITING);
    assertThat(Health.of(List.of(condition("A", "True", "Ok"), condition("B", "False", "Bad"))))
        .isEqualTo(Health.FAILED);
    assertThat(Health.OK.and(Health.WAITING)).isEqualTo(Health.WAITING);
    assertThat(Health.FAILED.and(Health.OK)).isEqualTo(Health.FAILED);
  }

  @Test
  void falseConditionsAreLinesWithReasonAndMessage() {
    assertThat(
            FalseConditions.of(
                List.of(condition("A", "True", "Ok"), condition("B", "False", "Bad"))))
        .containsExactly("B: Bad — m Bad");
  }
}
