package io.odigos.console.forms;

import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;

/**
 * How an Odigos object is doing, from its status conditions: every condition True is {@link #OK},
 * any False is {@link #FAILED}, none yet (or Unknown) is {@link #WAITING}. Views colour it green,
 * red and amber.
 */
public enum Health {
  OK,
  WAITING,
  FAILED;

  public static Health of(List<Condition> conditions) {
    if (conditions == null || conditions.isEmpty()) {
      return WAITING;
    }
    if (conditions.stream().anyMatch(c -> "False".equals(c.getStatus()))) {
      return FAILED;
    }
    return conditions.stream().allMatch(c -> "True".equals(c.getStatus())) ? OK : WAITING;
  }

  /** The worse of two. */
  public Health and(Health other) {
    return ordinal() >= other.ordinal() ? this : other;
  }

  /** The CSS class views put on a node of this health. */
  public String styleClass() {
    return "health-" + name().toLowerCase(java.util.Locale.ROOT);
  }
}
