package io.odigos.operator.instrumentor.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigStatus;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.operator.instrumentor.InstrumentorConfig;
import io.odigos.operator.instrumentor.inject.PodInjector;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real kube-apiserver calls the webhook over TLS (trusting the CA the webhook made and put into
 * its configuration) when pods are created through it.
 */
@WithRealApiServer
class PodWebhookIT {
  private static final Logger log = LoggerFactory.getLogger(PodWebhookIT.class);
  private static final String JAVA_AGENT = "-javaagent:/var/odigos/java/javaagent.jar";

  private KubernetesClient client;
  private PodWebhook webhook;
  private String namespace;

  @BeforeEach
  void start(ApiServer server) {
    namespace = server.createNamespace("webhook");
    client = server.newClient();
    webhook =
        PodWebhook.start(
            client,
            new InstrumentorConfig("odigos-system", 0, "odigos-instrumentor"),
            WebhookEndpoint.loopback());
  }

  @AfterEach
  void stop(ApiServer server) {
    webhook.close();
    server
        .client()
        .admissionRegistration()
        .v1()
        .mutatingWebhookConfigurations()
        .withName(WebhookConfigurations.NAME)
        .delete();
    client.close();
  }

  @Test
  void apiServerCallsTheWebhookWhichNeverBlocksPods(ApiServer server) {
    var registered =
        server
            .client()
            .admissionRegistration()
            .v1()
            .mutatingWebhookConfigurations()
            .withName(WebhookConfigurations.NAME)
            .get()
            .getWebhooks()
            .getFirst();
    assertThat(registered.getFailurePolicy()).isEqualTo("Ignore");
    assertThat(registered.getClientConfig().getUrl())
        .isEqualTo("https://127.0.0.1:" + webhook.port() + "/mutate-pods");
    assertThat(registered.getClientConfig().getCaBundle()).isNotBlank();

    createJavaConfig(server.client());
    await()
        .atMost(ApiServer.patience())
        .until(
            () ->
                webhook
                    .cachedConfig(namespace, "deployment-checkout")
                    .map(
                        ic ->
                            ic.getStatus() != null
                                && ic.getStatus().getRuntimeDetailsByContainer() != null)
                    .orElse(false));

    Pod injected = createPod(server.client(), PodMutatorTest.deploymentPod("checkout"));
    Container app = injected.getSpec().getContainers().getFirst();
    Map<String, EnvVar> env =
        app.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
    assertThat(env.get("JAVA_TOOL_OPTIONS").getValue()).isEqualTo("-Xmx1g " + JAVA_AGENT);
    assertThat(env.get("OTEL_SERVICE_NAME").getValue()).isEqualTo("checkout");
    assertThat(env.get("OTEL_EXPORTER_OTLP_ENDPOINT").getValue())
        .isEqualTo("http://$(ODIGOS_NODE_IP):4318");
    assertThat(env.get("OTEL_RESOURCE_ATTRIBUTES").getValue())
        .contains(
            "k8s.namespace.name=" + namespace,
            "k8s.pod.name=$(ODIGOS_POD_NAME)",
            "k8s.deployment.name=checkout");
    assertThat(env.get("ODIGOS_POD_NAME").getValueFrom().getFieldRef().getFieldPath())
        .isEqualTo("metadata.name");
    assertThat(app.getResources().getLimits()).containsEntry(PodInjector.DEVICE, new Quantity("1"));
    assertThat(app.getResources().getRequests())
        .containsEntry(PodInjector.DEVICE, new Quantity("1"));
    assertThat(injected.getMetadata().getAnnotations())
        .containsEntry(PodInjector.AGENTS_META_HASH_ANNOTATION, "abc");
    assertThat(injected.getSpec().getContainers().get(1).getEnv())
        .as("istio-proxy ignored")
        .isEmpty();

    Pod other = createPod(server.client(), PodMutatorTest.deploymentPod("cart"));
    assertThat(other.getSpec().getContainers().getFirst().getEnv())
        .containsExactly(new EnvVar("JAVA_TOOL_OPTIONS", "-Xmx1g", null));
    assertThat(other.getMetadata().getAnnotations())
        .doesNotContainKey(PodInjector.AGENTS_META_HASH_ANNOTATION);
    assertThat(other.getSpec().getContainers().getFirst().getResources().getLimits())
        .isNullOrEmpty();

    webhook.close();
    long t0 = System.nanoTime();
    Pod unserved = createPod(server.client(), PodMutatorTest.deploymentPod("checkout"));
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    log.info("Pod created in {} ms with the webhook down", took.toMillis());
    assertThat(unserved.getMetadata().getUid()).isNotBlank();
    assertThat(unserved.getSpec().getContainers().getFirst().getEnv())
        .as("failurePolicy Ignore: created, without an agent")
        .containsExactly(new EnvVar("JAVA_TOOL_OPTIONS", "-Xmx1g", null));
    assertThat(took).isLessThan(Duration.ofSeconds(3));
  }

  private void createJavaConfig(KubernetesClient admin) {
    InstrumentationConfig ic = PodMutatorTest.javaConfig(namespace);
    var configs = admin.resources(InstrumentationConfig.class).inNamespace(namespace);
    InstrumentationConfig created = configs.resource(ic).create();
    RuntimeDetailsByContainer app = new RuntimeDetailsByContainer();
    app.setContainerName("app");
    app.setLanguage(ProgrammingLanguage.JAVA);
    app.setRuntimeVersion("21.0.5");
    app.setEnvFromContainerRuntime(List.of());
    InstrumentationConfigStatus status = new InstrumentationConfigStatus();
    status.setRuntimeDetailsByContainer(List.of(app));
    created.setStatus(status);
    configs.resource(created).updateStatus();
  }

  private Pod createPod(KubernetesClient admin, Pod pod) {
    pod.getMetadata().getOwnerReferences().getFirst().setUid(UUID.randomUUID().toString());
    return admin.pods().inNamespace(namespace).resource(pod).create();
  }
}
