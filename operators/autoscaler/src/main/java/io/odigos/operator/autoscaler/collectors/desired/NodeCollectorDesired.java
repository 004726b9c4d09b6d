package io.odigos.operator.autoscaler.collectors.desired;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.odigos.model.v1alpha1.CollectorsGroup;
import java.util.List;
import java.util.Map;

/**
 * The node collector DaemonSet: one collector per node, reading its node's pod logs and host
 * metrics through read-only host mounts, and the kubelet and API through its ServiceAccount.
 */
public final class NodeCollectorDesired {

  /** The ServiceAccount the chart creates, with read access to pods, nodes and node stats. */
  public static final String SERVICE_ACCOUNT = "odigos-data-collection";

  private NodeCollectorDesired() {}

  public static DaemonSet daemonSet(GroupPlan plan) {
    CollectorsGroup group = plan.group();
    EnvVar nodeName =
        new EnvVarBuilder()
            .withName("NODE_NAME")
            .withNewValueFrom()
            .withNewFieldRef()
            .withFieldPath("spec.nodeName")
            .endFieldRef()
            .endValueFrom()
            .build();
    var podLogs =
        new VolumeMountBuilder()
            .withName("pod-logs")
            .withMountPath("/var/log/pods")
            .withReadOnly(true)
            .build();
    var hostRoot =
        new VolumeMountBuilder()
            .withName("host-root")
            .withMountPath("/hostfs")
            .withReadOnly(true)
            .withMountPropagation("HostToContainer")
            .build();
    return new DaemonSetBuilder()
        .withMetadata(CollectorLabels.metadata(group))
        .withNewSpec()
        .withNewSelector()
        .withMatchLabels(CollectorLabels.selector(group))
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .withLabels(CollectorLabels.labels(group))
        .withAnnotations(Map.of(CollectorLabels.CONFIG_HASH, plan.configHash()))
        .endMetadata()
        .withNewSpec()
        .withServiceAccountName(SERVICE_ACCOUNT)
        // pod log files are root's (mode 0640): reading them takes uid 0; every mount is read-only
        // and the container drops all capabilities
        .withNewSecurityContext()
        .withRunAsUser(0L)
        .withNewSeccompProfile()
        .withType("RuntimeDefault")
        .endSeccompProfile()
        .endSecurityContext()
        .withNodeSelector(group.getSpec() == null ? null : group.getSpec().getNodeSelector())
        .withContainers(
            CollectorPodParts.container(
                plan.image(),
                plan.resources(),
                List.of(
                    nodeName,
                    new EnvVarBuilder().withName("HOST_ROOT_PATH").withValue("/hostfs").build()),
                List.of(),
                List.of(podLogs, hostRoot)))
        .withVolumes(
            CollectorPodParts.configVolume(group),
            new VolumeBuilder()
                .withName("pod-logs")
                .withNewHostPath()
                .withPath("/var/log/pods")
                .endHostPath()
                .build(),
            new VolumeBuilder()
                .withName("host-root")
                .withNewHostPath()
                .withPath("/")
                .endHostPath()
                .build())
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }
}
