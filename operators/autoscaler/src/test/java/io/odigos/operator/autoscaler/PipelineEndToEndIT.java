package io.odigos.operator.autoscaler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.operator.Operator;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.operator.autoscaler.collectors.desired.CollectorLabels;
import io.odigos.operator.scheduler.SchedulerConfig;
import io.odigos.operator.scheduler.SchedulerMain;
import io.odigos.testbed.DevCluster;
import io.odigos.testbed.ServiceAccountClients;
import io.odigos.testbed.TestbedLayout;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's whole story on a kwok cluster (real API server, controller-manager, scheduler,
 * simulated nodes), with the real scheduler and autoscaler running in this JVM: Destination and
 * Secret → gateway group → ConfigMap, Deployment, Service, HPA → gateway pods ready → group ready →
 * an instrumented workload → node group → DaemonSet; a Secret change rolls the gateway; removing
 * the destinations removes the collectors. No secret value ever reaches a ConfigMap or a log.
 */
class PipelineEndToEndIT {

  private static final String NS = "odigos-system";
  private static final String SECRET_VALUE = "hc-secret-value-7f3a91";
  private static final KubernetesSerialization YAML = new KubernetesSerialization();
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private static DevCluster cluster;
  private static KubernetesClient client;
  private static Operator scheduler;
  private static Operator autoscaler;
  private static final ListAppender<ILoggingEvent> logs = new ListAppender<>();

  @BeforeAll
  static void start() {
    var root =
        ((LoggerContext) LoggerFactory.getILoggerFactory())
            .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    logs.start();
    root.addAppender(logs);
    cluster = DevCluster.up("odigos-pipeline");
    client = cluster.newClient();
    // the chart as users install it: the node collectors' ServiceAccount and permissions
    new com.marcnuri.helm.Helm(TestbedLayout.discover().repoRoot().resolve("helm/odigos"))
        .install()
        .withName("odigos")
        .withNamespace(NS)
        .withKubeConfigContents(cluster.kubeconfigYaml())
        .call();
    // each operator runs as its ServiceAccount from the chart: its RBAC must be enough
    KubernetesClient schedulerClient =
        ServiceAccountClients.as(cluster.kubeconfigYaml(), NS, "odigos-scheduler");
    scheduler =
        new Operator(o -> o.withKubernetesClient(schedulerClient).withCloseClientOnStop(true));
    SchedulerMain.register(scheduler, new SchedulerConfig(NS), Clock.systemUTC());
    scheduler.start();
    autoscaler =
        AutoscalerMain.start(
            ServiceAccountClients.as(cluster.kubeconfigYaml(), NS, "odigos-autoscaler"),
            new AutoscalerConfig(NS, AutoscalerConfig.DEFAULT_IMAGE, "v0.0.0-it"));
  }

  @AfterAll
  static void stop() {
    for (Operator o : new Operator[] {autoscaler, scheduler}) {
      if (o != null) {
        o.stop();
      }
    }
    if (client != null) {
      client.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void operatorAccountsCannotReachBeyondTheirRoles() {
    String kubeconfig = cluster.kubeconfigYaml();
    try (var scheduler = ServiceAccountClients.as(kubeconfig, NS, "odigos-scheduler");
        var autoscaler = ServiceAccountClients.as(kubeconfig, NS, "odigos-autoscaler");
        var instrumentor = ServiceAccountClients.as(kubeconfig, NS, "odigos-instrumentor")) {
      assertForbidden(() -> scheduler.secrets().inNamespace(NS).list());
      assertForbidden(() -> autoscaler.secrets().inNamespace("default").list());
      assertForbidden(() -> autoscaler.apps().deployments().inNamespace("default").list());
      assertForbidden(() -> instrumentor.secrets().inNamespace(NS).list());
      assertForbidden(() -> instrumentor.configMaps().inNamespace("default").list());
      // what they do need works
      assertThat(autoscaler.secrets().inNamespace(NS).list().getItems()).isNotNull();
      assertThat(instrumentor.apps().deployments().inAnyNamespace().list().getItems()).isNotNull();
    }
  }

  private static void assertForbidden(Runnable request) {
    assertThatThrownBy(request::run)
        .isInstanceOfSatisfying(
            KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(403));
  }

  @Test
  void destinationsToRunningCollectorsAndBack() {
    // 1. a destination with its API key in a Secret
    client.secrets().inNamespace(NS).resource(secret(SECRET_VALUE)).create();
    client.resources(Destination.class).inNamespace(NS).resource(honeycomb()).create();

    CollectorsGroup gateway = awaitGroup("odigos-gateway");
    assertThat(gateway.getSpec().getRole().wireName()).isEqualTo("CLUSTER_GATEWAY");

    ConfigMap config =
        await().atMost(PATIENCE).until(() -> configMap("odigos-gateway"), c -> c != null);
    String yaml = config.getData().get(CollectorLabels.CONFIG_KEY);
    assertThat(yaml)
        .contains("traces/honeycomb")
        .contains("${env:ODIGOS_DEST_HONEYCOMB_HONEYCOMB_API_KEY}")
        .doesNotContain(SECRET_VALUE);

    Deployment deployment = await().atMost(PATIENCE).until(this::gatewayDeployment, d -> d != null);
    var container = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
    assertThat(container.getImage()).isEqualTo(AutoscalerConfig.DEFAULT_IMAGE);
    assertThat(container.getEnvFrom())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getPrefix()).isEqualTo("ODIGOS_DEST_HONEYCOMB_");
              assertThat(e.getSecretRef().getName()).isEqualTo("honeycomb-key");
            });
    assertThat(client.services().inNamespace(NS).withName("odigos-gateway").get()).isNotNull();
    var hpa = client.autoscaling().v2().horizontalPodAutoscalers().inNamespace(NS);
    assertThat(hpa.withName("odigos-gateway").get().getSpec().getMaxReplicas()).isEqualTo(10);

    // 2. kwok runs the gateway pods; the group turns ready; no node group without a workload
    await()
        .atMost(PATIENCE)
        .until(() -> running(pods("odigos-gateway")) && groupReady("odigos-gateway"));
    assertThat(group("odigos-data-collection")).isNull();

    // 3. an instrumented workload brings up the node collectors
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("shop").endMetadata().build())
        .create();
    client
        .resources(InstrumentationConfig.class)
        .inNamespace("shop")
        .resource(instrumented())
        .create();
    awaitGroup("odigos-data-collection");
    DaemonSet daemonSet =
        await()
            .atMost(PATIENCE)
            .until(
                () ->
                    client
                        .apps()
                        .daemonSets()
                        .inNamespace(NS)
                        .withName("odigos-data-collection")
                        .get(),
                d -> d != null);
    assertThat(daemonSet.getSpec().getTemplate().getSpec().getServiceAccountName())
        .isEqualTo("odigos-data-collection");
    String nodeYaml =
        await()
            .atMost(PATIENCE)
            .until(() -> configMap("odigos-data-collection"), c -> c != null)
            .getData()
            .get(CollectorLabels.CONFIG_KEY);
    assertThat(nodeYaml).contains("/var/log/pods/shop_checkout-*_*/*/*.log");
    await().atMost(PATIENCE).until(() -> running(pods("odigos-data-collection")));

    // 4. a changed Secret rolls the gateway: new secrets hash, same config hash
    Map<String, String> before = templateAnnotations();
    client.secrets().inNamespace(NS).resource(secret(SECRET_VALUE + "-rotated")).update();
    Map<String, String> after =
        await()
            .atMost(PATIENCE)
            .until(
                this::templateAnnotations,
                a ->
                    !a.get(CollectorLabels.SECRETS_HASH)
                        .equals(before.get(CollectorLabels.SECRETS_HASH)));
    assertThat(after.get(CollectorLabels.CONFIG_HASH))
        .isEqualTo(before.get(CollectorLabels.CONFIG_HASH));

    // 5. a broken destination changes nothing that runs
    String gatewayYaml = configMap("odigos-gateway").getData().get(CollectorLabels.CONFIG_KEY);
    client.resources(Destination.class).inNamespace(NS).resource(broken()).create();
    await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
    assertThat(configMap("odigos-gateway").getData().get(CollectorLabels.CONFIG_KEY))
        .isEqualTo(gatewayYaml)
        .doesNotContain("typo-dest");
    assertThat(templateAnnotations()).isEqualTo(after);

    // 6. no destination left: the groups and their collectors go away
    client.resources(Destination.class).inNamespace(NS).delete();
    await().atMost(PATIENCE).until(() -> group("odigos-gateway") == null);
    await().atMost(PATIENCE).until(() -> gatewayDeployment() == null);
    await().atMost(PATIENCE).until(() -> group("odigos-data-collection") == null);
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                client.apps().daemonSets().inNamespace(NS).withName("odigos-data-collection").get()
                    == null);

    // no secret value in any ConfigMap or log line
    for (ConfigMap cm : client.configMaps().inNamespace(NS).list().getItems()) {
      assertThat(String.valueOf(cm.getData())).doesNotContain(SECRET_VALUE);
    }
    assertThat(logs.list)
        .isNotEmpty()
        .noneMatch(e -> e.getFormattedMessage().contains(SECRET_VALUE));
    // and the operators never needed more than their chart RBAC
    assertThat(logs.list).noneMatch(PipelineEndToEndIT::forbidden);
  }

  private static boolean forbidden(ILoggingEvent e) {
    String text =
        e.getFormattedMessage()
            + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage());
    return text.contains("forbidden") || text.contains("Forbidden");
  }

  private CollectorsGroup awaitGroup(String name) {
    return await().atMost(PATIENCE).until(() -> group(name), g -> g != null);
  }

  private static CollectorsGroup group(String name) {
    return client.resources(CollectorsGroup.class).inNamespace(NS).withName(name).get();
  }

  private static boolean groupReady(String name) {
    CollectorsGroup g = group(name);
    return g != null && g.getStatus() != null && Boolean.TRUE.equals(g.getStatus().getReady());
  }

  private static ConfigMap configMap(String name) {
    return client.configMaps().inNamespace(NS).withName(name).get();
  }

  private Deployment gatewayDeployment() {
    return client.apps().deployments().inNamespace(NS).withName("odigos-gateway").get();
  }

  private Map<String, String> templateAnnotations() {
    return gatewayDeployment().getSpec().getTemplate().getMetadata().getAnnotations();
  }

  private static List<Pod> pods(String group) {
    return client
        .pods()
        .inNamespace(NS)
        .withLabel(CollectorLabels.COLLECTOR, group)
        .list()
        .getItems();
  }

  private static boolean running(List<Pod> pods) {
    return !pods.isEmpty()
        && pods.stream()
            .allMatch(
                p ->
                    "Running".equals(p.getStatus().getPhase())
                        && p.getMetadata().getDeletionTimestamp() == null);
  }

  private static Secret secret(String apiKey) {
    return new SecretBuilder()
        .withNewMetadata()
        .withName("honeycomb-key")
        .withNamespace(NS)
        .endMetadata()
        .withStringData(Map.of("HONEYCOMB_API_KEY", apiKey))
        .build();
  }

  private static Destination honeycomb() {
    return YAML.unmarshal(
        """
        apiVersion: odigos.io/v1alpha1
        kind: Destination
        metadata: {name: honeycomb, namespace: odigos-system}
        spec:
          type: honeycomb
          destinationName: Honeycomb
          data: {HONEYCOMB_ENDPOINT: api.honeycomb.io}
          secretRef: {name: honeycomb-key}
          signals: [TRACES, LOGS]
        """,
        Destination.class);
  }

  private static Destination broken() {
    return YAML.unmarshal(
        """
        apiVersion: odigos.io/v1alpha1
        kind: Destination
        metadata: {name: typo-dest, namespace: odigos-system}
        spec: {type: honeycombb, destinationName: typo, data: {}, signals: [TRACES]}
        """,
        Destination.class);
  }

  private static InstrumentationConfig instrumented() {
    return YAML.unmarshal(
        """
        apiVersion: odigos.io/v1alpha1
        kind: InstrumentationConfig
        metadata: {name: deployment-checkout, namespace: shop}
        spec:
          serviceName: checkout
          agentInjectionEnabled: true
          containers: []
        """,
        InstrumentationConfig.class);
  }
}
