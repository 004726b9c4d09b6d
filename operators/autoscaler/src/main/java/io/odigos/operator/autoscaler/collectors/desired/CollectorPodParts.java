package io.odigos.operator.autoscaler.collectors.desired;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.odigos.model.v1alpha1.CollectorsGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The collector container and config volume shared by the gateway and the node collector. */
final class CollectorPodParts {

  static final int HEALTH_PORT = 13133;

  private CollectorPodParts() {}

  static Container container(
      String image,
      CollectorResources r,
      List<EnvVar> extraEnv,
      List<EnvFromSource> envFrom,
      List<VolumeMount> extraMounts) {
    List<EnvVar> env = new ArrayList<>();
    env.add(
        new EnvVarBuilder().withName("GOMEMLIMIT").withValue(r.gomemlimitMiB() + "MiB").build());
    env.addAll(extraEnv);
    List<VolumeMount> mounts = new ArrayList<>();
    mounts.add(
        new io.fabric8.kubernetes.api.model.VolumeMountBuilder()
            .withName("collector-conf")
            .withMountPath(CollectorLabels.CONFIG_MOUNT)
            .withReadOnly(true)
            .build());
    mounts.addAll(extraMounts);
    return new ContainerBuilder()
        .withName("collector")
        .withImage(image)
        .withArgs(
            "--config=file:" + CollectorLabels.CONFIG_MOUNT + "/" + CollectorLabels.CONFIG_KEY)
        .withPorts(port("otlp-grpc", 4317), port("otlp-http", 4318), port("health", HEALTH_PORT))
        .withEnv(env)
        .withEnvFrom(envFrom)
        .withVolumeMounts(mounts)
        .withResources(
            new ResourceRequirementsBuilder()
                .withRequests(
                    Map.of(
                        "cpu", new Quantity(r.cpuRequestMillicores() + "m"),
                        "memory", new Quantity(r.memoryRequestMiB() + "Mi")))
                .withLimits(
                    Map.of(
                        "cpu", new Quantity(r.cpuLimitMillicores() + "m"),
                        "memory", new Quantity(r.memoryLimitMiB() + "Mi")))
                .build())
        .withReadinessProbe(healthProbe())
        .withLivenessProbe(healthProbe())
        .withSecurityContext(
            new SecurityContextBuilder()
                .withAllowPrivilegeEscalation(false)
                .withReadOnlyRootFilesystem(true)
                .withNewCapabilities()
                .withDrop("ALL")
                .endCapabilities()
                .build())
        .build();
  }

  static Volume configVolume(CollectorsGroup group) {
    return new VolumeBuilder()
        .withName("collector-conf")
        .withNewConfigMap()
        .withName(group.getMetadata().getName())
        .endConfigMap()
        .build();
  }

  private static ContainerPort port(String name, int port) {
    return new ContainerPortBuilder()
        .withName(name)
        .withContainerPort(port)
        .withProtocol("TCP")
        .build();
  }

  private static Probe healthProbe() {
    return new ProbeBuilder()
        .withNewHttpGet()
        .withPath("/")
        .withNewPort(HEALTH_PORT)
        .endHttpGet()
        .withPeriodSeconds(10)
        .build();
  }
}
