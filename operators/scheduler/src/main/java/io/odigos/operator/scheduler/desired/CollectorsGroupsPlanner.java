package io.odigos.operator.scheduler.desired;

import io.odigos.model.v1alpha1.CollectorsGroupRole;
import io.odigos.model.v1alpha1.CollectorsGroupSpec;
import io.odigos.model.v1alpha1.CollectorsGroupSpec.ResourcesSettings;
import io.odigos.operator.scheduler.config.CollectorGatewayConfiguration;
import io.odigos.operator.scheduler.config.CollectorNodeConfiguration;
import io.odigos.operator.scheduler.config.OdigosConfiguration;
import io.odigos.operator.scheduler.config.ResourceSizes;
import java.util.Map;
import java.util.Objects;

/**
 * Decides which CollectorsGroups should exist and with what spec, in pipeline order: the gateway
 * once there is somewhere to send data (an enabled Destination), the node collector once a workload
 * is instrumented and the gateway it sends to is ready. Pure: the same facts and configuration
 * always give the same groups.
 */
public final class CollectorsGroupsPlanner {
  public static final String GATEWAY = "odigos-gateway";
  public static final String NODE_COLLECTOR = "odigos-data-collection";

  /** Port of the collectors' own Prometheus metrics, as upstream. */
  static final int GATEWAY_OWN_METRICS_PORT = 8888;

  static final int NODE_OWN_METRICS_PORT = 55682;

  private CollectorsGroupsPlanner() {}

  /** The groups for these facts, sized from the effective configuration. */
  public static DesiredGroups plan(ClusterFacts facts, OdigosConfiguration effective) {
    DesiredGroup gateway =
        facts.enabledDestinations() > 0
            ? DesiredGroup.present(
                GATEWAY,
                gatewaySpec(effective.collectorGateway()),
                facts.enabledDestinations() + " enabled destination(s)")
            : DesiredGroup.absent(GATEWAY, "no enabled destination");
    DesiredGroup node;
    if (!gateway.exists()) {
      node = DesiredGroup.absent(NODE_COLLECTOR, "no gateway to send to");
    } else if (facts.instrumentedWorkloads() == 0) {
      node = DesiredGroup.absent(NODE_COLLECTOR, "no instrumented workload");
    } else if (!facts.gatewayReady()) {
      node = DesiredGroup.absent(NODE_COLLECTOR, "the gateway is not ready yet");
    } else {
      node =
          DesiredGroup.present(
              NODE_COLLECTOR,
              nodeSpec(effective.collectorNode()),
              facts.instrumentedWorkloads() + " instrumented workload(s) and a ready gateway");
    }
    return new DesiredGroups(gateway, node);
  }

  static CollectorsGroupSpec gatewaySpec(CollectorGatewayConfiguration gateway) {
    CollectorsGroupSpec spec = new CollectorsGroupSpec();
    spec.setRole(CollectorsGroupRole.CLUSTER_GATEWAY);
    spec.setCollectorOwnMetricsPort(GATEWAY_OWN_METRICS_PORT);
    ResourcesSettings resources = resources(gateway.sizes());
    resources.setMinReplicas(gateway.minReplicas());
    resources.setMaxReplicas(gateway.maxReplicas());
    spec.setResourcesSettings(resources);
    spec.setClusterMetricsEnabled(Boolean.TRUE.equals(gateway.clusterMetricsEnabled()));
    spec.setHttpsProxyAddress(blankToNull(gateway.httpsProxyAddress()));
    spec.setNodeSelector(emptyToNull(gateway.nodeSelector()));
    spec.setDeploymentName(blankToNull(gateway.deploymentName()));
    return spec;
  }

  static CollectorsGroupSpec nodeSpec(CollectorNodeConfiguration node) {
    CollectorsGroupSpec spec = new CollectorsGroupSpec();
    spec.setRole(CollectorsGroupRole.NODE_COLLECTOR);
    spec.setCollectorOwnMetricsPort(
        node.collectorOwnMetricsPort() == null || node.collectorOwnMetricsPort() == 0
            ? NODE_OWN_METRICS_PORT
            : node.collectorOwnMetricsPort());
    spec.setResourcesSettings(resources(node.sizes()));
    spec.setK8sNodeLogsDirectory(blankToNull(node.k8sNodeLogsDirectory()));
    spec.setEnableDataCompression(node.enableDataCompression());
    return spec;
  }

  /** The sizes are complete in an effective configuration; a gap is a programming error. */
  private static ResourcesSettings resources(ResourceSizes sizes) {
    ResourcesSettings r = new ResourcesSettings();
    r.setMemoryRequestMiB(Objects.requireNonNull(sizes.requestMemoryMiB(), "requestMemoryMiB"));
    r.setMemoryLimitMiB(Objects.requireNonNull(sizes.limitMemoryMiB(), "limitMemoryMiB"));
    r.setCpuRequestMillicores(Objects.requireNonNull(sizes.requestCPUm(), "requestCPUm"));
    r.setCpuLimitMillicores(Objects.requireNonNull(sizes.limitCPUm(), "limitCPUm"));
    r.setMemoryLimiterLimitMiB(
        Objects.requireNonNull(sizes.memoryLimiterLimitMiB(), "memoryLimiterLimitMiB"));
    r.setMemoryLimiterSpikeLimitMiB(
        Objects.requireNonNull(sizes.memoryLimiterSpikeLimitMiB(), "memoryLimiterSpikeLimitMiB"));
    r.setGomemlimitMiB(Objects.requireNonNull(sizes.goMemLimitMiB(), "goMemLimitMiB"));
    return r;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static Map<String, String> emptyToNull(Map<String, String> m) {
    return m == null || m.isEmpty() ? null : m;
  }
}
