package io.odigos.operator.instrumentor.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.javaoperatorsdk.operator.Operator;
import io.odigos.model.v1alpha1.HeadersCollection;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.PodWorkload;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.operator.instrumentor.InstrumentorConfig;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sources to InstrumentationConfigs and agent decisions against a real API server. Each test has
 * its own workload namespace and its own Odigos namespace. Nothing runs pods here: the tests write
 * runtime details and collector readiness the way the odiglet and the autoscaler would.
 */
@WithRealApiServer
class SourceInstrumentationIT extends InstrumentorWorld {
  private static final Duration QUIET = Duration.ofSeconds(3);

  private Operator operator;

  @BeforeEach
  void startInstrumentor(ApiServer server) {
    client = server.client();
    odigos = server.createNamespace("odigos");
    apps = server.createNamespace("apps");
    operator =
        new Operator(o -> o.withKubernetesClient(server.newClient()).withCloseClientOnStop(true));
    SourceReconcilers.register(
        operator, new InstrumentorConfig(odigos, 9443, "odigos-instrumentor"));
    operator.start();
  }

  @AfterEach
  void stopInstrumentor() {
    // leave nothing for the next test's instrumentor: no Source, so no InstrumentationConfig
    sources().delete();
    await().atMost(ApiServer.patience()).until(() -> configs().list().getItems().isEmpty());
    operator.stop();
  }

  @Test
  void aDeploymentSourceIsInstrumentedOnceThePipelineIsUp() {
    Deployment checkout = createDeployment("checkout");
    createSource("checkout", "Deployment", "checkout", s -> {});

    InstrumentationConfig ic =
        awaitConfig("deployment-checkout", c -> hasCondition(c, "AgentEnabled", "False"));
    assertThat(ic.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getKind()).isEqualTo("Deployment");
              assertThat(o.getName()).isEqualTo("checkout");
              assertThat(o.getUid()).isEqualTo(checkout.getMetadata().getUid());
            });
    assertThat(ic.getSpec().getAgentInjectionEnabled()).isTrue();
    assertThat(ic.getSpec().getServiceName()).isEqualTo("checkout");
    assertThat(condition(ic, "MarkedForInstrumentation"))
        .satisfies(
            c -> {
              assertThat(c.getStatus()).isEqualTo("True");
              assertThat(c.getReason()).isEqualTo("WorkloadSource");
              assertThat(c.getMessage()).contains("'checkout'");
            });
    assertThat(condition(ic, "RuntimeDetection").getReason())
        .isEqualTo("WaitingForRuntimeInspection");
    assertThat(condition(ic, "AgentEnabled").getReason()).isEqualTo("WaitingForRuntimeInspection");
    assertThat(ic.getSpec().getContainers()).isNullOrEmpty();
    assertThat(sourceCondition("checkout").getReason()).isEqualTo("WorkloadSource");

    reportRuntime("deployment-checkout", details("app", ProgrammingLanguage.JAVA, "17.0.2"));
    ic = awaitConfig("deployment-checkout", c -> hasReason(c, "WaitingForNodeCollector"));
    assertThat(condition(ic, "RuntimeDetection").getStatus()).isEqualTo("True");
    assertThat(ic.getSpec().getContainers())
        .singleElement()
        .satisfies(c -> assertThat(c.getAgentEnabled()).isFalse());
    assertThat(ic.getSpec().getAgentsMetaHash()).isNull();

    createReadyNodeCollector();
    ic = awaitConfig("deployment-checkout", c -> hasReason(c, "NoDestination"));
    createDestination("tempo");
    ic = awaitConfig("deployment-checkout", c -> hasCondition(c, "AgentEnabled", "True"));
    assertThat(condition(ic, "AgentEnabled").getReason()).isEqualTo("EnabledSuccessfully");
    assertThat(ic.getSpec().getContainers())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getContainerName()).isEqualTo("app");
              assertThat(c.getAgentEnabled()).isTrue();
              assertThat(c.getOtelDistroName()).isEqualTo("java-community");
              assertThat(c.getTraces()).isNotNull();
            });
    assertThat(ic.getSpec().getAgentsMetaHash()).isNotBlank();
    assertThat(ic.getSpec().getAgentsMetaHashChangedTime()).isNotNull();
    assertThat(ic.getSpec().getSdkConfigs())
        .singleElement()
        .satisfies(s -> assertThat(s.getLanguage()).isEqualTo(ProgrammingLanguage.JAVA));

    // nothing changes by itself: the hash and the transition times stay put
    String hash = ic.getSpec().getAgentsMetaHash();
    String since = condition(ic, "AgentEnabled").getLastTransitionTime();
    await()
        .during(QUIET)
        .atMost(QUIET.plusSeconds(5))
        .until(
            () -> {
              InstrumentationConfig now = config("deployment-checkout");
              return hash.equals(now.getSpec().getAgentsMetaHash())
                  && since.equals(condition(now, "AgentEnabled").getLastTransitionTime());
            });
  }

  @Test
  void aNamespaceSourceCoversLaterWorkloadsExceptTheOptedOut() {
    createSource("everything", "Namespace", apps, s -> {});
    createSource("no-ledger", "Deployment", "ledger", s -> s.setDisableInstrumentation(true));
    awaitSourceCondition("everything", c -> "NamespaceSource".equals(c.getReason()));

    createDeployment("cart");
    createDeployment("ledger");
    client
        .apps()
        .statefulSets()
        .inNamespace(apps)
        .resource(
            new StatefulSetBuilder()
                .withNewMetadata()
                .withName("db")
                .endMetadata()
                .withNewSpec()
                .withServiceName("db")
                .withNewSelector()
                .addToMatchLabels("app", "db")
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .addToLabels("app", "db")
                .endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("db")
                .withImage("postgres:16")
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build())
        .create();

    InstrumentationConfig cart =
        awaitConfig("deployment-cart", c -> hasCondition(c, "MarkedForInstrumentation", "True"));
    assertThat(condition(cart, "MarkedForInstrumentation").getReason())
        .isEqualTo("NamespaceSource");
    awaitConfig("statefulset-db", c -> true);
    await()
        .during(QUIET)
        .atMost(QUIET.plusSeconds(5))
        .until(() -> config("deployment-ledger") == null);
    assertThat(sourceCondition("no-ledger").getReason()).isEqualTo("WorkloadOptedOut");

    // opting in again is a matter of the Source
    sources().withName("no-ledger").delete();
    awaitConfig("deployment-ledger", c -> true);

    // a workload Source of its own takes over the marking from the namespace Source
    createSource("cart", "Deployment", "cart", s -> s.setOtelServiceName("cart-api"));
    cart =
        awaitConfig(
            "deployment-cart",
            c ->
                c.getStatus() != null
                    && c.getStatus()
                        .condition("MarkedForInstrumentation")
                        .map(m -> "WorkloadSource".equals(m.getReason()))
                        .orElse(false));
    assertThat(cart.getSpec().getServiceName()).isEqualTo("cart-api");
  }

  @Test
  void removingTheSourceRemovesTheInstrumentationConfig() {
    createDeployment("search");
    createSource("search", "Deployment", "search", s -> s.setOtelServiceName("search-api"));
    InstrumentationConfig ic = awaitConfig("deployment-search", c -> true);
    assertThat(ic.getSpec().getServiceName()).isEqualTo("search-api");

    sources().withName("search").delete();
    await().atMost(ApiServer.patience()).until(() -> config("deployment-search") == null);
  }

  @Test
  void badSourcesSayWhyAndLeaveTheRestAlone() {
    createDeployment("orders");
    createSource("orders", "Deployment", "orders", s -> {});
    createSource("ghost", "Deployment", "ghost", s -> {});
    createSource("a-pod", "Pod", "orders-7d9f", s -> {});

    Condition ghost = awaitSourceCondition("ghost", c -> "False".equals(c.getStatus()));
    assertThat(ghost.getReason()).isEqualTo("WorkloadNotFound");
    assertThat(ghost.getMessage())
        .isEqualTo(
            "Deployment 'ghost' does not exist in namespace '"
                + apps
                + "'; the Source applies as soon as it is created");
    Condition pod = awaitSourceCondition("a-pod", c -> "False".equals(c.getStatus()));
    assertThat(pod.getReason()).isEqualTo("UnsupportedWorkloadKind");
    assertThat(pod.getMessage()).startsWith("kind 'Pod' cannot be instrumented");
    awaitConfig("deployment-orders", c -> hasCondition(c, "AgentEnabled", "False"));
    assertThat(configs().list().getItems())
        .extracting(c -> c.getMetadata().getName())
        .containsExactly("deployment-orders");

    // the missing workload appears: its Source takes effect
    createDeployment("ghost");
    awaitConfig("deployment-ghost", c -> true);
    awaitSourceCondition("ghost", c -> "True".equals(c.getStatus()));
  }

  @Test
  void anOldPythonIsUnsupportedAndSaysWhichVersionIsNeeded() {
    createReadyNodeCollector();
    createDestination("jaeger");
    createDeployment("legacy");
    createSource("legacy", "Deployment", "legacy", s -> {});
    awaitConfig("deployment-legacy", c -> hasReason(c, "WaitingForRuntimeInspection"));

    reportRuntime("deployment-legacy", details("app", ProgrammingLanguage.PYTHON, "2.7.18"));
    InstrumentationConfig ic =
        awaitConfig("deployment-legacy", c -> hasReason(c, "UnsupportedRuntimeVersion"));
    assertThat(condition(ic, "AgentEnabled").getMessage())
        .isEqualTo("Python 2.7.18 is too old: python-community needs Python 3.8 or newer");
    assertThat(ic.getSpec().getContainers().getFirst().getAgentEnabled()).isFalse();
    assertThat(ic.getSpec().getAgentsMetaHash()).isNull();
  }

  @Test
  void aRollbackDisablesEveryContainer() {
    createReadyNodeCollector();
    createDestination("otlp");
    createDeployment("payments");
    createSource("payments", "Deployment", "payments", s -> {});
    awaitConfig("deployment-payments", c -> hasCondition(c, "MarkedForInstrumentation", "True"));
    reportRuntime(
        "deployment-payments",
        details("app", ProgrammingLanguage.JAVA, "21"),
        details("worker", ProgrammingLanguage.JAVASCRIPT, "20.11.0"));
    awaitConfig("deployment-payments", c -> hasCondition(c, "AgentEnabled", "True"));

    // play the rollout part: the instrumented pods crash-looped
    editStatus(
        "deployment-payments",
        c -> {
          c.getStatus().setRollbackOccurred(true);
          return c;
        });
    InstrumentationConfig ic =
        awaitConfig("deployment-payments", c -> hasReason(c, "CrashLoopBackOff"));
    assertThat(condition(ic, "AgentEnabled").getStatus()).isEqualTo("False");
    assertThat(ic.getSpec().getContainers())
        .hasSize(2)
        .allSatisfy(
            c -> {
              assertThat(c.getAgentEnabled()).isFalse();
              assertThat(c.getAgentEnabledReason().wireName()).isEqualTo("CrashLoopBackOff");
            });
    assertThat(ic.getSpec().getAgentsMetaHash()).as("no agent at all").isNull();
  }

  @Test
  void rulesAreValidatedAndMergedIntoTheSdkSettings() {
    createReadyNodeCollector();
    createDestination("honeycomb");
    createDeployment("web");
    createSource("web", "Deployment", "web", s -> {});
    awaitConfig("deployment-web", c -> hasCondition(c, "MarkedForInstrumentation", "True"));
    reportRuntime("deployment-web", details("web", ProgrammingLanguage.JAVASCRIPT, "20.1.0"));

    createRule("headers", s -> s.setHeadersCollection(new HeadersCollection(List.of("X-Tenant"))));
    createRule(
        "broken",
        s -> {
          s.setWorkloads(List.of(new PodWorkload(apps, "Pod", "web-1")));
          s.setHeadersCollection(new HeadersCollection(List.of("X-Secret")));
        });

    InstrumentationConfig ic =
        awaitConfig(
            "deployment-web",
            c ->
                c.getSpec().getSdkConfigs() != null
                    && c.getSpec().getSdkConfigs().stream()
                        .anyMatch(s -> s.getHeadersCollection() != null));
    assertThat(ic.getSpec().getSdkConfigs())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getLanguage()).isEqualTo(ProgrammingLanguage.JAVASCRIPT);
              assertThat(s.getHeadersCollection().headerKeys()).containsExactly("X-Tenant");
            });
    Condition broken =
        await().atMost(ApiServer.patience()).until(() -> ruleCondition("broken"), c -> c != null);
    assertThat(broken.getStatus()).isEqualTo("False");
    assertThat(broken.getReason()).isEqualTo("InvalidRule");
    assertThat(broken.getMessage()).contains("workloads[0].kind 'Pod'");
    assertThat(
            await()
                .atMost(ApiServer.patience())
                .until(() -> ruleCondition("headers"), c -> c != null)
                .getReason())
        .isEqualTo("RuleAccepted");
  }
}
