package io.odigos.operator.instrumentor.agent;

import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.operator.support.Conditions.Desired;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which Source marks a workload for instrumentation. The Source part records it on the
 * InstrumentationConfig it creates, as the annotation {@value #ANNOTATION} ({@code <reason>/<Source
 * name>}), and the agent part turns it into the {@code MarkedForInstrumentation} condition. So one
 * writer owns the IC's conditions, and marking a new IC costs no extra write.
 *
 * @param reason {@value #WORKLOAD_SOURCE} or {@value #NAMESPACE_SOURCE}
 */
public record Marking(String reason, String source) {
  public static final String ANNOTATION = "odigos.io/marked-by";
  public static final String WORKLOAD_SOURCE = "WorkloadSource";
  public static final String NAMESPACE_SOURCE = "NamespaceSource";

  public Marking {
    if (!WORKLOAD_SOURCE.equals(reason) && !NAMESPACE_SOURCE.equals(reason)) {
      throw new IllegalArgumentException("not a marking reason: " + reason);
    }
    Objects.requireNonNull(source, "source");
  }

  public String annotationValue() {
    return reason + "/" + source;
  }

  /** The {@code MarkedForInstrumentation} condition this marking stands for. */
  public Desired condition() {
    return Desired.isTrue(
        AgentPlanner.MARKED_FOR_INSTRUMENTATION,
        reason,
        "marked for instrumentation by "
            + (WORKLOAD_SOURCE.equals(reason) ? "workload" : "namespace")
            + " Source '"
            + source
            + "'");
  }

  /** The marking recorded on the IC; empty when there is none (or it is not one of ours). */
  public static Optional<Marking> of(InstrumentationConfig ic) {
    Map<String, String> annotations = ic.getMetadata().getAnnotations();
    String value = annotations == null ? null : annotations.get(ANNOTATION);
    int slash = value == null ? -1 : value.indexOf('/');
    if (slash <= 0 || slash == value.length() - 1) {
      return Optional.empty();
    }
    String reason = value.substring(0, slash);
    if (!WORKLOAD_SOURCE.equals(reason) && !NAMESPACE_SOURCE.equals(reason)) {
      return Optional.empty();
    }
    return Optional.of(new Marking(reason, value.substring(slash + 1)));
  }
}
