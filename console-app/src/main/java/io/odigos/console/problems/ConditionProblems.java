package io.odigos.console.problems;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The False conditions of an object read generically ({@code status.conditions[]}). Pure. */
public final class ConditionProblems {
  private ConditionProblems() {}

  public static List<Problem> of(GenericKubernetesResource object) {
    List<Problem> problems = new ArrayList<>();
    Object status = object.getAdditionalProperties().get("status");
    if (!(status instanceof Map<?, ?> s) || !(s.get("conditions") instanceof List<?> conditions)) {
      return problems;
    }
    for (Object c : conditions) {
      if (c instanceof Map<?, ?> condition && "False".equals(condition.get("status"))) {
        problems.add(
            new Problem(
                object.getMetadata().getUid(),
                object.getKind(),
                object.getMetadata().getNamespace(),
                object.getMetadata().getName(),
                text(condition.get("type")),
                text(condition.get("reason")),
                text(condition.get("message")),
                time(condition.get("lastTransitionTime"))));
      }
    }
    return problems;
  }

  private static String text(Object o) {
    return o == null ? "" : o.toString();
  }

  private static Instant time(Object o) {
    if (o == null) {
      return Instant.EPOCH;
    }
    try {
      return OffsetDateTime.parse(o.toString()).toInstant();
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }
}
