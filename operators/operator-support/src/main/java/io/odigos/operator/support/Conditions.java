package io.odigos.operator.support;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Pure helpers for Kubernetes-style conditions. Setting a condition keeps its {@code
 * lastTransitionTime} unless its status really changes, so a reconcile that finds nothing new
 * produces an identical status and no patch.
 */
public final class Conditions {
  public static final String TRUE = "True";
  public static final String FALSE = "False";
  public static final String UNKNOWN = "Unknown";

  private Conditions() {}

  /** The condition a reconciler wants, before time and generation are attached. */
  public record Desired(String type, String status, String reason, String message) {
    public Desired {
      Objects.requireNonNull(type, "type");
      if (!TRUE.equals(status) && !FALSE.equals(status) && !UNKNOWN.equals(status)) {
        throw new IllegalArgumentException(
            "condition status must be True, False or Unknown, not " + status);
      }
      if (reason == null || !reason.matches("[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?")) {
        throw new IllegalArgumentException(
            "condition reason must be a CamelCase identifier, not " + reason);
      }
      message = message == null ? "" : message;
    }

    public static Desired isTrue(String type, String reason, String message) {
      return new Desired(type, TRUE, reason, message);
    }

    public static Desired isFalse(String type, String reason, String message) {
      return new Desired(type, FALSE, reason, message);
    }
  }

  /**
   * Returns the conditions with {@code desired} set: added when missing, replaced in place
   * otherwise. The original list is not modified. {@code lastTransitionTime} moves to {@code now}
   * only when the status changes.
   */
  public static List<Condition> set(
      List<Condition> current, Desired desired, long generation, Instant now) {
    List<Condition> result = new ArrayList<>(current == null ? List.of() : current);
    int index = indexOf(result, desired.type());
    Condition previous = index >= 0 ? result.get(index) : null;
    String transition =
        previous != null
                && desired.status().equals(previous.getStatus())
                && previous.getLastTransitionTime() != null
            ? previous.getLastTransitionTime()
            : format(now);
    Condition next =
        new ConditionBuilder()
            .withType(desired.type())
            .withStatus(desired.status())
            .withReason(desired.reason())
            .withMessage(desired.message())
            .withObservedGeneration(generation)
            .withLastTransitionTime(transition)
            .build();
    if (index >= 0) {
      result.set(index, next);
    } else {
      result.add(next);
    }
    return result;
  }

  /** True when both lists hold the same conditions in the same order (all fields compared). */
  public static boolean same(List<Condition> a, List<Condition> b) {
    return Objects.equals(a == null ? List.of() : a, b == null ? List.of() : b);
  }

  private static int indexOf(List<Condition> conditions, String type) {
    for (int i = 0; i < conditions.size(); i++) {
      if (type.equals(conditions.get(i).getType())) {
        return i;
      }
    }
    return -1;
  }

  /** RFC 3339 with second precision, as the API server stores {@code metav1.Time}. */
  static String format(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
