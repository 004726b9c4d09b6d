package io.odigos.operator.autoscaler.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.odigos.model.render.GatewayConfigRenderer;
import io.odigos.model.render.InstrumentedWorkload;
import io.odigos.model.render.RenderableDestination;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.operator.autoscaler.AutoscalerConfig;
import io.odigos.operator.autoscaler.collectors.desired.GatewayDesired;
import io.odigos.operator.autoscaler.collectors.desired.GroupPlan;
import io.odigos.operator.autoscaler.collectors.desired.NodeCollectorDesired;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plan and the desired objects built from it, without a cluster. */
class GroupPlannerTest {

  private static final KubernetesSerialization YAML = new KubernetesSerialization();
  private final GroupPlanner planner = new GroupPlanner(new GatewayConfigRenderer());
  private final AutoscalerConfig config =
      new AutoscalerConfig("odigos-system", "collector:1", "v9");

  private static CollectorsGroup group(String name, String role) {
    return YAML.unmarshal(
        """
        apiVersion: odigos.io/v1alpha1
        kind: CollectorsGroup
        metadata: {name: %s, namespace: odigos-system}
        spec: {role: %s, resourcesSettings: {minReplicas: 2, maxReplicas: 7}}
        """
            .formatted(name, role),
        CollectorsGroup.class);
  }

  private static PipelineInputs inputs(String secretValue) {
    Destination honeycomb =
        YAML.unmarshal(
            """
            apiVersion: odigos.io/v1alpha1
            kind: Destination
            metadata: {name: honeycomb, namespace: odigos-system}
            spec:
              type: honeycomb
              destinationName: Honeycomb
              data: {HONEYCOMB_ENDPOINT: api.honeycomb.io}
              secretRef: {name: hc}
              signals: [TRACES, LOGS]
            """,
            Destination.class);
    return new PipelineInputs(
        List.of(new RenderableDestination(honeycomb, Set.of("HONEYCOMB_API_KEY"))),
        Map.of("hc", Map.of("HONEYCOMB_API_KEY", secretValue)),
        List.of(),
        List.of(),
        List.of(),
        List.of(new InstrumentedWorkload("shop", "deployment", "checkout")));
  }

  @Test
  void aSecretChangeChangesOnlyTheSecretsHash() {
    GroupPlan before =
        planner.plan(group("odigos-gateway", "CLUSTER_GATEWAY"), inputs("a"), config);
    GroupPlan after = planner.plan(group("odigos-gateway", "CLUSTER_GATEWAY"), inputs("b"), config);
    assertThat(after.configHash()).isEqualTo(before.configHash());
    assertThat(after.secretsHash()).isNotEqualTo(before.secretsHash());
    assertThat(before.configYaml()).doesNotContain("HONEYCOMB_API_KEY: a");
    assertThat(before.secretEnv())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.secretName()).isEqualTo("hc");
              assertThat(e.prefix()).isEqualTo("ODIGOS_DEST_HONEYCOMB_");
            });
  }

  @Test
  void theGatewayDeploymentLeavesReplicasToTheHpaAndCarriesTheHashes() {
    GroupPlan plan = planner.plan(group("odigos-gateway", "CLUSTER_GATEWAY"), inputs("a"), config);
    var deployment = GatewayDesired.deployment(plan);
    assertThat(deployment.getSpec().getReplicas()).isNull();
    var template = deployment.getSpec().getTemplate();
    assertThat(template.getMetadata().getAnnotations())
        .containsEntry("odigos.io/config-hash", plan.configHash())
        .containsEntry("odigos.io/secrets-hash", plan.secretsHash());
    var container = template.getSpec().getContainers().getFirst();
    assertThat(container.getImage()).isEqualTo("collector:1");
    assertThat(container.getEnvFrom().getFirst().getSecretRef().getOptional()).isTrue();
    assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(template.getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
    var hpa = GatewayDesired.hpa(plan);
    assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
    assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(7);
    assertThat(hpa.getSpec().getMetrics())
        .extracting(m -> m.getResource().getName())
        .containsExactly("cpu", "memory");
  }

  @Test
  void theNodeCollectorSendsWhatTheGatewayReceivesAndReadsItsNodesLogs() {
    GroupPlan plan =
        planner.plan(group("odigos-data-collection", "NODE_COLLECTOR"), inputs("a"), config);
    assertThat(plan.receiverSignals())
        .containsExactlyInAnyOrder(ObservabilitySignal.TRACES, ObservabilitySignal.LOGS);
    assertThat(plan.configYaml())
        .contains("odigos-gateway.odigos-system:4317")
        .contains("/var/log/pods/shop_checkout-*_*/*/*.log")
        .doesNotContain("kubelet_stats");
    var pod = NodeCollectorDesired.daemonSet(plan).getSpec().getTemplate().getSpec();
    assertThat(pod.getContainers().getFirst().getEnv())
        .anySatisfy(e -> assertThat(e.getName()).isEqualTo("NODE_NAME"))
        .anySatisfy(e -> assertThat(e.getValue()).isEqualTo("/hostfs"));
    assertThat(pod.getContainers().getFirst().getVolumeMounts())
        .filteredOn(m -> !m.getName().equals("collector-conf"))
        .allSatisfy(m -> assertThat(m.getReadOnly()).isTrue());
  }
}
