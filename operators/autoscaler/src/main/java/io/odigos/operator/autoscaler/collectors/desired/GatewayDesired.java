package io.odigos.operator.autoscaler.collectors.desired;

import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvFromSourceBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpecBuilder;
import io.odigos.model.v1alpha1.CollectorsGroup;
import java.util.List;
import java.util.Map;

/** The gateway's Deployment, Service and HorizontalPodAutoscaler (pure builders). */
public final class GatewayDesired {

  /** Average utilisation, in percent of the request, above which the HPA adds replicas. */
  static final int TARGET_UTILIZATION = 75;

  private GatewayDesired() {}

  /**
   * No {@code replicas}: the HPA owns that field. The hash annotations roll the pods when the
   * config or a destination Secret changes.
   */
  public static Deployment deployment(GroupPlan plan) {
    CollectorsGroup group = plan.group();
    List<EnvFromSource> envFrom =
        plan.secretEnv().stream()
            .map(
                s ->
                    new EnvFromSourceBuilder()
                        .withPrefix(s.prefix())
                        .withNewSecretRef()
                        .withName(s.secretName())
                        // a missing Secret is reported on the Destination; it must not stop the pod
                        .withOptional(true)
                        .endSecretRef()
                        .build())
            .toList();
    return new DeploymentBuilder()
        .withMetadata(CollectorLabels.metadata(group))
        .withNewSpec()
        .withNewSelector()
        .withMatchLabels(CollectorLabels.selector(group))
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .withLabels(CollectorLabels.labels(group))
        .withAnnotations(
            Map.of(
                CollectorLabels.CONFIG_HASH, plan.configHash(),
                CollectorLabels.SECRETS_HASH, plan.secretsHash()))
        .endMetadata()
        .withNewSpec()
        .withAutomountServiceAccountToken(false)
        .withNewSecurityContext()
        .withRunAsNonRoot(true)
        .withRunAsUser(10001L)
        .withNewSeccompProfile()
        .withType("RuntimeDefault")
        .endSeccompProfile()
        .endSecurityContext()
        .withContainers(
            CollectorPodParts.container(
                plan.image(), plan.resources(), List.of(), envFrom, List.of()))
        .withVolumes(CollectorPodParts.configVolume(group))
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }

  public static Service service(CollectorsGroup group) {
    return new ServiceBuilder()
        .withMetadata(CollectorLabels.metadata(group))
        .withNewSpec()
        .withSelector(CollectorLabels.selector(group))
        .withPorts(
            new ServicePortBuilder()
                .withName("otlp-grpc")
                .withPort(4317)
                .withTargetPort(new IntOrString("otlp-grpc"))
                .withProtocol("TCP")
                .withAppProtocol("grpc")
                .build(),
            new ServicePortBuilder()
                .withName("otlp-http")
                .withPort(4318)
                .withTargetPort(new IntOrString("otlp-http"))
                .withProtocol("TCP")
                .build())
        .endSpec()
        .build();
  }

  public static HorizontalPodAutoscaler hpa(GroupPlan plan) {
    CollectorsGroup group = plan.group();
    CollectorResources r = plan.resources();
    return new HorizontalPodAutoscalerBuilder()
        .withMetadata(CollectorLabels.metadata(group))
        .withNewSpec()
        .withNewScaleTargetRef()
        .withApiVersion("apps/v1")
        .withKind("Deployment")
        .withName(group.getMetadata().getName())
        .endScaleTargetRef()
        .withMinReplicas(r.minReplicas())
        .withMaxReplicas(Math.max(r.minReplicas(), r.maxReplicas()))
        .withMetrics(utilization("cpu"), utilization("memory"))
        .endSpec()
        .build();
  }

  private static MetricSpec utilization(String resource) {
    return new MetricSpecBuilder()
        .withType("Resource")
        .withNewResource()
        .withName(resource)
        .withNewTarget()
        .withType("Utilization")
        .withAverageUtilization(TARGET_UTILIZATION)
        .endTarget()
        .endResource()
        .build();
  }
}
