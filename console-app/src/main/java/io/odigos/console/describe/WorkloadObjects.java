package io.odigos.console.describe;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.Map;

/** The pod template and selector of the four workload kinds, and their client resource. */
public final class WorkloadObjects {
  private WorkloadObjects() {}

  /** The workload's pod template, or null. */
  public static PodTemplateSpec template(HasMetadata w) {
    return switch (w) {
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

  /** The workload's matchLabels (empty for a CronJob: its Jobs have their own). */
  public static Map<String, String> selector(HasMetadata w) {
    LabelSelector s =
        switch (w) {
          case Deployment d -> d.getSpec() == null ? null : d.getSpec().getSelector();
          case StatefulSet st -> st.getSpec() == null ? null : st.getSpec().getSelector();
          case DaemonSet d -> d.getSpec() == null ? null : d.getSpec().getSelector();
          default -> null;
        };
    return s == null || s.getMatchLabels() == null ? Map.of() : s.getMatchLabels();
  }

  /** The client resource of one workload. */
  public static Resource<? extends HasMetadata> resource(KubernetesClient client, WorkloadKey k) {
    return switch (k.kind()) {
      case "Deployment" ->
          client.apps().deployments().inNamespace(k.namespace()).withName(k.name());
      case "StatefulSet" ->
          client.apps().statefulSets().inNamespace(k.namespace()).withName(k.name());
      case "DaemonSet" -> client.apps().daemonSets().inNamespace(k.namespace()).withName(k.name());
      case "CronJob" ->
          client.batch().v1().cronjobs().inNamespace(k.namespace()).withName(k.name());
      default -> throw new IllegalArgumentException("Not a workload kind: " + k.kind());
    };
  }
}
