package io.odigos.operator.scheduler.desired;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.odigos.model.v1alpha1.CollectorsGroupRole;
import io.odigos.model.v1alpha1.CollectorsGroupSpec;
import io.odigos.model.v1alpha1.CollectorsGroupSpec.ResourcesSettings;
import io.odigos.operator.scheduler.config.ConfigYaml;
import io.odigos.operator.scheduler.config.EffectiveConfigCalculator;
import io.odigos.operator.scheduler.config.OdigosConfiguration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectorsGroupsPlannerTest {
  private static OdigosConfiguration effective(String userYaml) throws Exception {
    return new EffectiveConfigCalculator("odigos-system")
        .compute(ConfigYaml.parse(userYaml).configuration());
  }

  @Test
  void nothingWithoutAnEnabledDestination() throws Exception {
    DesiredGroups plan = CollectorsGroupsPlanner.plan(new ClusterFacts(0, 5, true), effective(""));
    assertThat(plan.gateway().exists()).isFalse();
    assertThat(plan.gateway().reason()).isEqualTo("no enabled destination");
    assertThat(plan.node().exists()).as("a stale ready gateway does not count").isFalse();
    assertThat(plan.node().reason()).isEqualTo("no gateway to send to");
  }

  @Test
  void theGatewayComesWithTheFirstDestinationSizedByThePreset() throws Exception {
    DesiredGroups plan = CollectorsGroupsPlanner.plan(new ClusterFacts(2, 0, false), effective(""));
    assertThat(plan.gateway().name()).isEqualTo("odigos-gateway");
    assertThat(plan.gateway().reason()).isEqualTo("2 enabled destination(s)");
    CollectorsGroupSpec spec = plan.gateway().spec().orElseThrow();
    assertThat(spec.getRole()).isEqualTo(CollectorsGroupRole.CLUSTER_GATEWAY);
    assertThat(spec.getCollectorOwnMetricsPort()).isEqualTo(8888);
    assertThat(spec.getClusterMetricsEnabled()).isFalse();
    assertResources(spec.getResourcesSettings(), 1, 10, 300, 300, 150, 300, 250, 50, 200);
    assertThat(plan.node().exists()).isFalse();
    assertThat(plan.node().reason()).isEqualTo("no instrumented workload");
  }

  @Test
  void theNodeCollectorWaitsForAReadyGateway() throws Exception {
    DesiredGroups plan = CollectorsGroupsPlanner.plan(new ClusterFacts(1, 3, false), effective(""));
    assertThat(plan.gateway().exists()).isTrue();
    assertThat(plan.node().exists()).isFalse();
    assertThat(plan.node().reason()).isEqualTo("the gateway is not ready yet");
  }

  @Test
  void theNodeCollectorComesOnceAWorkloadIsInstrumentedAndTheGatewayIsReady() throws Exception {
    DesiredGroups plan =
        CollectorsGroupsPlanner.plan(new ClusterFacts(1, 3, true), effective("profiles: [size_l]"));
    assertThat(plan.node().name()).isEqualTo("odigos-data-collection");
    assertThat(plan.node().reason()).isEqualTo("3 instrumented workload(s) and a ready gateway");
    CollectorsGroupSpec spec = plan.node().spec().orElseThrow();
    assertThat(spec.getRole()).isEqualTo(CollectorsGroupRole.NODE_COLLECTOR);
    assertThat(spec.getCollectorOwnMetricsPort()).isEqualTo(55682);
    assertResources(spec.getResourcesSettings(), null, null, 500, 750, 500, 750, 700, 140, 560);
  }

  @Test
  void gatewayAndNodeSettingsComeFromTheEffectiveConfiguration() throws Exception {
    OdigosConfiguration config =
        effective(
            """
            collectorGateway:
              maxReplicas: 7
              clusterMetricsEnabled: true
              httpsProxyAddress: http://proxy:3128
              nodeSelector: {pool: infra}
              deploymentName: gw
            collectorNode:
              collectorOwnMetricsPort: 56000
              k8sNodeLogsDirectory: /data/logs
              enableDataCompression: true
            """);
    DesiredGroups plan = CollectorsGroupsPlanner.plan(new ClusterFacts(1, 1, true), config);
    CollectorsGroupSpec gateway = plan.gateway().spec().orElseThrow();
    assertThat(gateway.getResourcesSettings().getMaxReplicas()).isEqualTo(7);
    assertThat(gateway.getClusterMetricsEnabled()).isTrue();
    assertThat(gateway.getHttpsProxyAddress()).isEqualTo("http://proxy:3128");
    assertThat(gateway.getNodeSelector()).isEqualTo(Map.of("pool", "infra"));
    assertThat(gateway.getDeploymentName()).isEqualTo("gw");
    CollectorsGroupSpec node = plan.node().spec().orElseThrow();
    assertThat(node.getCollectorOwnMetricsPort()).isEqualTo(56000);
    assertThat(node.getK8sNodeLogsDirectory()).isEqualTo("/data/logs");
    assertThat(node.getEnableDataCompression()).isTrue();
  }

  @Test
  void theGatewayIsAppliedBeforeTheNodeCollectorAndRemovedAfterIt() throws Exception {
    DesiredGroups both = CollectorsGroupsPlanner.plan(new ClusterFacts(1, 1, true), effective(""));
    assertThat(both.inApplyOrder())
        .extracting(DesiredGroup::name)
        .containsExactly("odigos-gateway", "odigos-data-collection");
    DesiredGroups none = CollectorsGroupsPlanner.plan(new ClusterFacts(0, 1, true), effective(""));
    assertThat(none.inApplyOrder())
        .extracting(DesiredGroup::name)
        .containsExactly("odigos-data-collection", "odigos-gateway");
  }

  @Test
  void thePlanIsAFunctionOfItsInputs() throws Exception {
    OdigosConfiguration config = effective("profiles: [size_m]");
    ClusterFacts facts = new ClusterFacts(1, 1, true);
    DesiredGroups a = CollectorsGroupsPlanner.plan(facts, config);
    DesiredGroups b = CollectorsGroupsPlanner.plan(facts, config);
    ObjectMapper json = new ObjectMapper();
    for (var group : List.of(a.gateway(), a.node())) {
      DesiredGroup again = group == a.gateway() ? b.gateway() : b.node();
      JsonNode first = json.valueToTree(group.spec().orElseThrow());
      JsonNode second = json.valueToTree(again.spec().orElseThrow());
      assertThat(first).isEqualTo(second);
      assertThat(group.reason()).isEqualTo(again.reason());
    }
  }

  private static void assertResources(
      ResourcesSettings r,
      Integer min,
      Integer max,
      int memRequest,
      int memLimit,
      int cpuRequest,
      int cpuLimit,
      int limiter,
      int spike,
      int goMem) {
    assertThat(r.getMinReplicas()).isEqualTo(min);
    assertThat(r.getMaxReplicas()).isEqualTo(max);
    assertThat(r.getMemoryRequestMiB()).isEqualTo(memRequest);
    assertThat(r.getMemoryLimitMiB()).isEqualTo(memLimit);
    assertThat(r.getCpuRequestMillicores()).isEqualTo(cpuRequest);
    assertThat(r.getCpuLimitMillicores()).isEqualTo(cpuLimit);
    assertThat(r.getMemoryLimiterLimitMiB()).isEqualTo(limiter);
    assertThat(r.getMemoryLimiterSpikeLimitMiB()).isEqualTo(spike);
    assertThat(r.getGomemlimitMiB()).isEqualTo(goMem);
  }
}
