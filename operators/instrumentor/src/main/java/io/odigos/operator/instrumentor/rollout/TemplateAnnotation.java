package io.odigos.operator.instrumentor.rollout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.odigos.operator.instrumentor.workload.WorkloadKind;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pod-template annotation that makes a workload roll: its value is the InstrumentationConfig's
 * {@code agentsMetaHash}, so a new hash changes the template and the workload controller replaces
 * the pods (the webhook then injects the new agents). Removing it rolls the pods back to the user's
 * own template. Pure: reading a workload object and writing a JSON merge patch.
 */
public final class TemplateAnnotation {
  /** Also what the webhook puts on the pods it injects. */
  public static final String AGENTS_META_HASH = "odigos.io/agents-meta-hash";

  private static final ObjectMapper JSON = new ObjectMapper();

  private TemplateAnnotation() {}

  /** The workload class of each kind, for clients and caches. */
  public static Class<? extends HasMetadata> workloadClass(WorkloadKind kind) {
    return switch (kind) {
      case DEPLOYMENT -> Deployment.class;
      case STATEFUL_SET -> StatefulSet.class;
      case DAEMON_SET -> DaemonSet.class;
      case CRON_JOB -> CronJob.class;
    };
  }

  /** The kind of a workload object, empty for anything else. */
  public static Optional<WorkloadKind> kindOf(HasMetadata workload) {
    return switch (workload) {
      case Deployment _ -> Optional.of(WorkloadKind.DEPLOYMENT);
      case StatefulSet _ -> Optional.of(WorkloadKind.STATEFUL_SET);
      case DaemonSet _ -> Optional.of(WorkloadKind.DAEMON_SET);
      case CronJob _ -> Optional.of(WorkloadKind.CRON_JOB);
      default -> Optional.empty();
    };
  }

  /** The annotation's value on the workload's pod template; empty when absent or blank. */
  public static Optional<String> on(HasMetadata workload) {
    PodTemplateSpec template = template(workload);
    ObjectMeta meta = template == null ? null : template.getMetadata();
    if (meta == null || meta.getAnnotations() == null) {
      return Optional.empty();
    }
    String value = meta.getAnnotations().get(AGENTS_META_HASH);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /**
   * A JSON merge patch that sets the annotation on the pod template of a workload of this kind, or
   * removes it when {@code hash} is null or empty. Nothing else in the workload is touched.
   */
  public static String mergePatch(WorkloadKind kind, String hash) {
    Map<String, Object> annotations = new HashMap<>();
    annotations.put(AGENTS_META_HASH, hash == null || hash.isEmpty() ? null : hash);
    Map<String, Object> podTemplate =
        Map.of("template", Map.of("metadata", Map.of("annotations", annotations)));
    Map<String, Object> spec =
        kind == WorkloadKind.CRON_JOB
            ? Map.of("jobTemplate", Map.of("spec", podTemplate))
            : podTemplate;
    try {
      return JSON.writeValueAsString(Map.of("spec", spec));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PodTemplateSpec template(HasMetadata workload) {
    return switch (workload) {
      case Deployment d -> d.getSpec() == null ? null : d.getSpec().getTemplate();
      case StatefulSet s -> s.getSpec() == null ? null : s.getSpec().getTemplate();
      case DaemonSet d -> d.getSpec() == null ? null : d.getSpec().getTemplate();
      case CronJob c ->
          c.getSpec() == null
                  || c.getSpec().getJobTemplate() == null
                  || c.getSpec().getJobTemplate().getSpec() == null
              ? null
              : c.getSpec().getJobTemplate().getSpec().getTemplate();
      default -> null;
    };
  }
}
