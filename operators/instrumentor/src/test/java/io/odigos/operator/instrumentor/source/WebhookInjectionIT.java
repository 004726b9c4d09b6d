package io.odigos.operator.instrumentor.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.operator.instrumentor.InstrumentorConfig;
import io.odigos.operator.instrumentor.InstrumentorMain;
import io.odigos.operator.instrumentor.webhook.PodWebhook;
import io.odigos.operator.instrumentor.webhook.WebhookEndpoint;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.ServiceAccountClients;
import io.odigos.testbed.TestbedLayout;
import io.odigos.testbed.WithRealApiServer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole instrumentor as its Main wires it, against a real API server that calls the webhook
 * over TLS: Deployment + Source → runtime details (as the odiglet writes them) → AgentEnabled → a
 * pod created through the API server carries the agent, appended to the user's own options.
 */
@WithRealApiServer
class WebhookInjectionIT extends InstrumentorWorld {

  private Operator operator;
  private PodWebhook webhook;
  private KubernetesClient instrumentorClient;

  @BeforeEach
  void startInstrumentor(ApiServer server) {
    client = server.client();
    odigos = server.createNamespace("odigos");
    apps = server.createNamespace("apps");
    InstrumentorConfig config = new InstrumentorConfig(odigos, 0, "odigos-instrumentor");
    // the instrumentor runs as the chart's ServiceAccount: its RBAC must be enough
    String rbac =
        new Helm(TestbedLayout.discover().repoRoot().resolve("helm/odigos"))
            .template()
            .withName("odigos")
            .withNamespace(odigos)
            .withKubeVersion(server.gitVersion())
            .skipCrds()
            .call();
    client.load(new ByteArrayInputStream(rbac.getBytes(StandardCharsets.UTF_8))).serverSideApply();
    String kubeconfig = server.kubeconfigYaml();
    instrumentorClient = ServiceAccountClients.as(kubeconfig, odigos, "odigos-instrumentor");
    webhook = PodWebhook.start(instrumentorClient, config, WebhookEndpoint.loopback());
    operator =
        InstrumentorMain.startReconcilers(
            ServiceAccountClients.as(kubeconfig, odigos, "odigos-instrumentor"),
            config,
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    operator.stop();
    webhook.close();
    instrumentorClient.close();
    // the rollout annotated this Deployment and nothing finishes rolling here: left alone, it would
    // hold a rollout slot in the other tests on this API server
    client.apps().deployments().inNamespace(apps).delete();
  }

  @Test
  void aSourcedDeploymentsNewPodsCarryTheAgentNextToTheUsersOptions() {
    createDeployment("checkout");
    createSource("checkout", "Deployment", "checkout", s -> {});
    awaitConfig("deployment-checkout", c -> hasCondition(c, "MarkedForInstrumentation", "True"));
    reportRuntime("deployment-checkout", details("app", ProgrammingLanguage.JAVA, "21.0.1"));
    createReadyNodeCollector();
    createDestination("tempo");
    awaitConfig("deployment-checkout", c -> hasCondition(c, "AgentEnabled", "True"));
    // the informer behind the webhook sees the enabled IC within moments
    org.awaitility.Awaitility.await()
        .atMost(ApiServer.patience())
        .until(
            () ->
                webhook
                    .cachedConfig(apps, "deployment-checkout")
                    .map(ic -> ic.getSpec().getAgentsMetaHash() != null)
                    .orElse(false));

    Pod pod =
        client
            .pods()
            .inNamespace(apps)
            .resource(
                new PodBuilder()
                    .withNewMetadata()
                    .withName("checkout-5d9f8c7b6-abcde")
                    .withLabels(Map.of("app", "checkout", "pod-template-hash", "5d9f8c7b6"))
                    .addNewOwnerReference()
                    .withApiVersion("apps/v1")
                    .withKind("ReplicaSet")
                    .withName("checkout-5d9f8c7b6")
                    .withUid("00000000-0000-0000-0000-000000000001")
                    .withController(true)
                    .endOwnerReference()
                    .endMetadata()
                    .withNewSpec()
                    .addNewContainer()
                    .withName("app")
                    .withImage("registry.example/checkout:1")
                    .addNewEnv()
                    .withName("JAVA_TOOL_OPTIONS")
                    .withValue("-Xmx1g")
                    .endEnv()
                    .endContainer()
                    .endSpec()
                    .build())
            .create();

    var container = pod.getSpec().getContainers().getFirst();
    Map<String, String> env =
        container.getEnv().stream()
            .filter(e -> e.getValue() != null)
            .collect(java.util.stream.Collectors.toMap(EnvVar::getName, EnvVar::getValue));
    assertThat(env.get("JAVA_TOOL_OPTIONS")).startsWith("-Xmx1g ").contains("-javaagent:");
    assertThat(env).containsKeys("OTEL_SERVICE_NAME", "OTEL_EXPORTER_OTLP_ENDPOINT");
    assertThat(container.getResources().getLimits())
        .containsEntry("instrumentation.odigos.io/generic", new Quantity("1"));
    assertThat(pod.getMetadata().getAnnotations()).containsKey("odigos.io/agents-meta-hash");
  }
}
