package io.odigos.operator.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.javaoperatorsdk.operator.Operator;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.CollectorsGroupRole;
import io.odigos.model.v1alpha1.CollectorsGroupSpec.ResourcesSettings;
import io.odigos.model.v1alpha1.CollectorsGroupStatus;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.DestinationSpec;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigSpec;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduler, run in-process against a real API server, creates the collector groups in pipeline
 * order. Each test uses its own namespace as the Odigos namespace.
 */
@WithRealApiServer
class CollectorsGroupsIT {
  private static final String GATEWAY = "odigos-gateway";
  private static final String NODE = "odigos-data-collection";
  private static final Duration QUIET = Duration.ofSeconds(3);

  private Operator operator;
  private String odigosNamespace;
  private KubernetesClient client;

  @BeforeEach
  void startScheduler(ApiServer server) {
    client = server.client();
    odigosNamespace = server.createNamespace("scheduler");
    operator =
        new Operator(o -> o.withKubernetesClient(server.newClient()).withCloseClientOnStop(true));
    SchedulerMain.register(operator, new SchedulerConfig(odigosNamespace), Clock.systemUTC());
    operator.start();
  }

  @AfterEach
  void stopScheduler() {
    operator.stop();
  }

  @Test
  void theGatewayExistsExactlyWhileAnEnabledDestinationDoes() {
    await()
        .atMost(ApiServer.patience())
        .until(
            () ->
                client.configMaps().inNamespace(odigosNamespace).withName("effective-config").get()
                    != null);
    await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> group(GATEWAY) == null);

    createDestination("tempo", false);
    CollectorsGroup gateway = awaitGroup(GATEWAY);
    assertThat(gateway.getSpec().getRole()).isEqualTo(CollectorsGroupRole.CLUSTER_GATEWAY);
    assertThat(gateway.getSpec().getCollectorOwnMetricsPort()).isEqualTo(8888);
    ResourcesSettings r = gateway.getSpec().getResourcesSettings();
    assertThat(List.of(r.getMinReplicas(), r.getMaxReplicas())).containsExactly(1, 10);
    assertThat(List.of(r.getMemoryRequestMiB(), r.getMemoryLimitMiB())).containsExactly(300, 300);
    assertThat(List.of(r.getCpuRequestMillicores(), r.getCpuLimitMillicores()))
        .containsExactly(150, 300);
    assertThat(
            List.of(
                r.getMemoryLimiterLimitMiB(),
                r.getMemoryLimiterSpikeLimitMiB(),
                r.getGomemlimitMiB()))
        .containsExactly(250, 50, 200);
    assertThat(group(NODE)).as("nothing is instrumented").isNull();

    destinations().withName("tempo").edit(d -> withDisabled(d, true));
    awaitGone(GATEWAY);

    destinations().withName("tempo").edit(d -> withDisabled(d, false));
    awaitGroup(GATEWAY);
    destinations().withName("tempo").delete();
    awaitGone(GATEWAY);
  }

  @Test
  void theNodeCollectorNeedsAnInstrumentedWorkloadAndAReadyGateway(ApiServer server) {
    createDestination("jaeger", false);
    awaitGroup(GATEWAY);
    String apps = server.createNamespace("apps");
    createInstrumentationConfig(odigosNamespace, "deployment-ignored");
    createInstrumentationConfig(apps, "deployment-checkout");
    await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> group(NODE) == null);

    // play the autoscaler: the gateway's collectors are up
    groups()
        .withName(GATEWAY)
        .editStatus(
            g -> {
              CollectorsGroupStatus status = new CollectorsGroupStatus();
              status.setReady(true);
              g.setStatus(status);
              return g;
            });
    CollectorsGroup node = awaitGroup(NODE);
    assertThat(node.getSpec().getRole()).isEqualTo(CollectorsGroupRole.NODE_COLLECTOR);
    assertThat(node.getSpec().getCollectorOwnMetricsPort()).isEqualTo(55682);
    assertThat(node.getSpec().getResourcesSettings().getMemoryRequestMiB()).isEqualTo(150);
    assertThat(node.getSpec().getResourcesSettings().getMemoryLimitMiB()).isEqualTo(300);

    // a new size rewrites the spec and leaves the autoscaler's status alone
    client
        .configMaps()
        .inNamespace(odigosNamespace)
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("odigos-configuration")
                .endMetadata()
                .withData(Map.of("config.yaml", "resourceSizePreset: size_m\n"))
                .build())
        .create();
    await()
        .atMost(ApiServer.patience())
        .until(() -> group(GATEWAY).getSpec().getResourcesSettings().getMinReplicas() == 2);
    assertThat(group(GATEWAY).getStatus().getReady()).isTrue();
    await()
        .atMost(ApiServer.patience())
        .until(() -> group(NODE).getSpec().getResourcesSettings().getMemoryRequestMiB() == 250);

    client
        .resources(InstrumentationConfig.class)
        .inNamespace(apps)
        .withName("deployment-checkout")
        .delete();
    awaitGone(NODE);
    assertThat(group(GATEWAY)).as("the gateway stays for its destination").isNotNull();
    assertThat(group(GATEWAY).getStatus().getReady()).isTrue();
  }

  private void createDestination(String name, boolean disabled) {
    Destination d = new Destination();
    d.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(odigosNamespace).build());
    DestinationSpec spec = new DestinationSpec();
    spec.setType(name);
    spec.setDestinationName(name);
    spec.setData(Map.of("endpoint", name + ".observability:4317"));
    spec.setSignals(List.of(ObservabilitySignal.TRACES));
    spec.setDisabled(disabled);
    d.setSpec(spec);
    destinations().resource(d).create();
  }

  private static Destination withDisabled(Destination d, boolean disabled) {
    d.getSpec().setDisabled(disabled);
    return d;
  }

  private void createInstrumentationConfig(String namespace, String name) {
    InstrumentationConfig ic = new InstrumentationConfig();
    ic.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).build());
    InstrumentationConfigSpec spec = new InstrumentationConfigSpec();
    spec.setAgentInjectionEnabled(true);
    ic.setSpec(spec);
    client.resources(InstrumentationConfig.class).inNamespace(namespace).resource(ic).create();
  }

  private CollectorsGroup awaitGroup(String name) {
    return await().atMost(ApiServer.patience()).until(() -> group(name), g -> g != null);
  }

  private void awaitGone(String name) {
    await().atMost(ApiServer.patience()).until(() -> group(name) == null);
  }

  private CollectorsGroup group(String name) {
    return groups().withName(name).get();
  }

  private NonNamespaceOperation<
          CollectorsGroup, KubernetesResourceList<CollectorsGroup>, Resource<CollectorsGroup>>
      groups() {
    return client.resources(CollectorsGroup.class).inNamespace(odigosNamespace);
  }

  private NonNamespaceOperation<
          Destination, KubernetesResourceList<Destination>, Resource<Destination>>
      destinations() {
    return client.resources(Destination.class).inNamespace(odigosNamespace);
  }
}
