package io.odigos.console.forms;

import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;

/** The False conditions of a CR as lines a user reads beside the item: "Type: Reason — message". */
public final class FalseConditions {
  private FalseConditions() {}

  public static List<String> of(List<Condition> conditions) {
    if (conditions == null) {
      return List.of();
    }
    return conditions.stream()
        .filter(c -> "False".equals(c.getStatus()))
        .map(
            c ->
                c.getType()
                    + ": "
                    + (c.getReason() == null ? "" : c.getReason())
                    + (c.getMessage() == null || c.getMessage().isBlank()
                        ? ""
                        : " — " + c.getMessage()))
        .toList();
  }
}
