package io.odigos.operator.instrumentor.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.javaoperatorsdk.operator.Operator;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigSpec;
import io.odigos.operator.instrumentor.InstrumentorConfig;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rollout reconciler against a real API server. There are no workload controllers here, so a
 * Deployment never gets pods nor status by itself: the tests create pods and set statuses through
 * the API the way the kubelet and the Deployment controller would.
 */
@WithRealApiServer
class RolloutReconcilerIT {
  private Operator operator;
  private String namespace;
  private KubernetesClient client;

  @BeforeEach
  void startOperator(ApiServer server) {
    client = server.client();
    namespace = server.createNamespace("rollout");
    operator =
        new Operator(o -> o.withKubernetesClient(server.newClient()).withCloseClientOnStop(true));
    // the test namespace doubles as the Odigos namespace: each test has its own effective-config
    RolloutReconcilers.register(
        operator,
        new InstrumentorConfig(namespace, 9443, "odigos-instrumentor"),
        Clock.systemUTC());
    operator.start();
  }

  @AfterEach
  void stopOperator() {
    operator.stop();
    // workloads left rolling would hold rollout slots in the next test (nothing ever finishes here)
    client.apps().deployments().inNamespace(namespace).delete();
  }

  @Test
  void rollsWhenTheAgentsHashChangesAndRevertsWhenTheConfigGoes() {
    createDeployment("checkout");
    createConfig("deployment-checkout", "h1");

    awaitTemplateHash("checkout", Optional.of("h1"));
    InstrumentationConfig ic = awaitConfig("deployment-checkout", c -> hasRolled(c, "h1"));
    Condition rollout = condition(ic, RolloutConditions.WORKLOAD_ROLLOUT);
    assertThat(rollout.getStatus()).isEqualTo("True");
    assertThat(rollout.getReason()).isEqualTo(RolloutConditions.TRIGGERED);
    assertThat(rollout.getMessage())
        .isEqualTo("Deployment/checkout restarts its pods with agents h1");
    assertThat(ic.getStatus().getInstrumentationTime()).isNotNull();

    configs()
        .withName("deployment-checkout")
        .edit(
            c -> {
              c.getSpec().setAgentsMetaHash("h2");
              return c;
            });
    awaitTemplateHash("checkout", Optional.of("h2"));
    awaitConfig("deployment-checkout", c -> hasRolled(c, "h2"));

    configs().withName("deployment-checkout").delete();
    awaitTemplateHash("checkout", Optional.empty());
    assertThat(templateAnnotations("checkout"))
        .as("the user's own template annotations stay")
        .containsEntry("team", "shop")
        .doesNotContainKey(TemplateAnnotation.AGENTS_META_HASH);
  }

  @Test
  void crashLoopingInstrumentedPodsRecordARollbackAndTheWorkloadRollsBack() {
    createDeployment("payments");
    createConfig("deployment-payments", "h1");
    awaitConfig("deployment-payments", c -> hasRolled(c, "h1"));

    // what the Deployment controller and the webhook would have made: an injected pod
    Pod pod =
        client
            .pods()
            .inNamespace(namespace)
            .resource(
                new PodBuilder()
                    .withNewMetadata()
                    .withName("payments-7c9d6f-abcde")
                    .withLabels(Map.of("app", "payments", "pod-template-hash", "7c9d6f"))
                    .withAnnotations(Map.of(TemplateAnnotation.AGENTS_META_HASH, "h1"))
                    .addNewOwnerReference()
                    .withApiVersion("apps/v1")
                    .withKind("ReplicaSet")
                    .withName("payments-7c9d6f")
                    .withUid("00000000-0000-0000-0000-000000000001")
                    .withController(true)
                    .endOwnerReference()
                    .endMetadata()
                    .withNewSpec()
                    .addNewContainer()
                    .withName("app")
                    .withImage("payments:1")
                    .endContainer()
                    .endSpec()
                    .build())
            .create();
    // what the kubelet would report once the agent makes the app crash at start
    pod.setStatus(
        new PodStatusBuilder()
            .withPhase("Running")
            .addToContainerStatuses(
                new ContainerStatusBuilder()
                    .withName("app")
                    .withImage("payments:1")
                    .withImageID("")
                    .withReady(false)
                    .withRestartCount(3)
                    .withNewState()
                    .withNewWaiting()
                    .withReason("CrashLoopBackOff")
                    .withMessage("back-off 40s restarting failed container")
                    .endWaiting()
                    .endState()
                    .build())
            .build());
    client.pods().inNamespace(namespace).resource(pod).updateStatus();

    InstrumentationConfig ic =
        awaitConfig(
            "deployment-payments", c -> Boolean.TRUE.equals(c.getStatus().getRollbackOccurred()));
    Condition rollback = condition(ic, RolloutConditions.ROLLBACK_OCCURRED);
    assertThat(rollback.getStatus()).isEqualTo("True");
    assertThat(rollback.getReason()).isEqualTo("CrashLoopBackOff");
    assertThat(rollback.getMessage())
        .contains("container app of pod payments-7c9d6f-abcde entered CrashLoopBackOff");

    // the agent decisions (another reconciler) turn the agents off, which empties the hash
    configs()
        .withName("deployment-payments")
        .edit(
            c -> {
              c.getSpec().setAgentsMetaHash("");
              c.getSpec().setAgentInjectionEnabled(false);
              return c;
            });
    awaitTemplateHash("payments", Optional.empty());
    InstrumentationConfig rolledBack = awaitConfig("deployment-payments", c -> hasRolled(c, ""));
    assertThat(condition(rolledBack, RolloutConditions.WORKLOAD_ROLLOUT).getMessage())
        .isEqualTo(
            "Deployment/payments restarts its pods without agents (rolled back after"
                + " CrashLoopBackOff)");
  }

  @Test
  void disabledAutomaticRolloutLeavesTheTemplateUntilEnabled() {
    writeEffectiveConfig("rollout:\n  automaticRolloutDisabled: true\n");
    createDeployment("search");
    createConfig("deployment-search", "h1");

    InstrumentationConfig ic =
        awaitConfig(
            "deployment-search",
            c -> hasCondition(c, RolloutConditions.WORKLOAD_ROLLOUT, RolloutConditions.DISABLED));
    assertThat(condition(ic, RolloutConditions.WORKLOAD_ROLLOUT).getStatus()).isEqualTo("False");
    assertThat(templateAnnotations("search"))
        .doesNotContainKey(TemplateAnnotation.AGENTS_META_HASH);

    writeEffectiveConfig("rollout:\n  automaticRolloutDisabled: false\n");
    awaitTemplateHash("search", Optional.of("h1"));
  }

  @Test
  void concurrentRolloutsWaitForASlot() {
    writeEffectiveConfig("rollout:\n  maxConcurrentRollouts: 1\n");
    createDeployment("first");
    createDeployment("second");
    createConfig("deployment-first", "h1");
    awaitTemplateHash("first", Optional.of("h1"));

    createConfig("deployment-second", "h1");
    InstrumentationConfig waiting =
        awaitConfig(
            "deployment-second",
            c ->
                hasCondition(
                    c, RolloutConditions.WORKLOAD_ROLLOUT, RolloutConditions.WAITING_IN_QUEUE));
    assertThat(condition(waiting, RolloutConditions.WORKLOAD_ROLLOUT).getMessage())
        .startsWith("waiting for one of 1 rollout slots");
    assertThat(templateAnnotations("second"))
        .doesNotContainKey(TemplateAnnotation.AGENTS_META_HASH);

    // the Deployment controller finishes the first rollout
    Deployment first = client.apps().deployments().inNamespace(namespace).withName("first").get();
    long generation = first.getMetadata().getGeneration();
    first.setStatus(
        new DeploymentStatusBuilder()
            .withObservedGeneration(generation)
            .withReplicas(1)
            .withUpdatedReplicas(1)
            .withReadyReplicas(1)
            .withAvailableReplicas(1)
            .build());
    client.apps().deployments().inNamespace(namespace).resource(first).updateStatus();

    awaitTemplateHash("second", Optional.of("h1"));
    awaitConfig("deployment-second", c -> hasRolled(c, "h1"));
  }

  @Test
  void cronJobsGetTheAnnotationInTheirJobTemplate() {
    client
        .batch()
        .v1()
        .cronjobs()
        .inNamespace(namespace)
        .resource(
            new CronJobBuilder()
                .withNewMetadata()
                .withName("report")
                .endMetadata()
                .withNewSpec()
                .withSchedule("*/5 * * * *")
                .withNewJobTemplate()
                .withNewSpec()
                .withNewTemplate()
                .withNewSpec()
                .withRestartPolicy("Never")
                .addNewContainer()
                .withName("report")
                .withImage("report:1")
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .endJobTemplate()
                .endSpec()
                .build())
        .create();
    createConfig("cronjob-report", "h1");

    InstrumentationConfig ic = awaitConfig("cronjob-report", c -> hasRolled(c, "h1"));
    assertThat(condition(ic, RolloutConditions.WORKLOAD_ROLLOUT).getReason())
        .isEqualTo(RolloutConditions.WAITING_FOR_RESTART);
    CronJob cronJob =
        client.batch().v1().cronjobs().inNamespace(namespace).withName("report").get();
    assertThat(TemplateAnnotation.on(cronJob)).contains("h1");

    configs().withName("cronjob-report").delete();
    await()
        .atMost(ApiServer.patience())
        .until(
            () ->
                TemplateAnnotation.on(
                        client
                            .batch()
                            .v1()
                            .cronjobs()
                            .inNamespace(namespace)
                            .withName("report")
                            .get())
                    .isEmpty());
  }

  private void createDeployment(String name) {
    client
        .apps()
        .deployments()
        .inNamespace(namespace)
        .resource(
            new DeploymentBuilder()
                .withNewMetadata()
                .withName(name)
                .endMetadata()
                .withNewSpec()
                .withReplicas(1)
                .withNewSelector()
                .addToMatchLabels("app", name)
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .addToLabels("app", name)
                .addToAnnotations("team", "shop")
                .endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("app")
                .withImage(name + ":1")
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build())
        .create();
  }

  /** An InstrumentationConfig as the agent decisions would leave it: agents on, hash set. */
  private void createConfig(String name, String hash) {
    InstrumentationConfig ic = new InstrumentationConfig();
    ic.getMetadata().setName(name);
    ic.getMetadata().setNamespace(namespace);
    InstrumentationConfigSpec spec = new InstrumentationConfigSpec();
    spec.setAgentInjectionEnabled(true);
    spec.setAgentsMetaHash(hash);
    spec.setAgentsMetaHashChangedTime(OffsetDateTime.now(ZoneOffset.UTC));
    ic.setSpec(spec);
    configs().resource(ic).create();
  }

  private void writeEffectiveConfig(String yaml) {
    client
        .configMaps()
        .inNamespace(namespace)
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName(RolloutEventSources.EFFECTIVE_CONFIG)
                .endMetadata()
                .withData(Map.of(RolloutEventSources.CONFIG_KEY, yaml))
                .build())
        .serverSideApply();
  }

  private NonNamespaceOperation<
          InstrumentationConfig,
          KubernetesResourceList<InstrumentationConfig>,
          Resource<InstrumentationConfig>>
      configs() {
    return client.resources(InstrumentationConfig.class).inNamespace(namespace);
  }

  private void awaitTemplateHash(String deployment, Optional<String> hash) {
    await()
        .atMost(ApiServer.patience())
        .until(
            () -> {
              HasMetadata d =
                  client.apps().deployments().inNamespace(namespace).withName(deployment).get();
              return TemplateAnnotation.on(d).equals(hash);
            });
  }

  private Map<String, String> templateAnnotations(String deployment) {
    return client
        .apps()
        .deployments()
        .inNamespace(namespace)
        .withName(deployment)
        .get()
        .getSpec()
        .getTemplate()
        .getMetadata()
        .getAnnotations();
  }

  private InstrumentationConfig awaitConfig(String name, Predicate<InstrumentationConfig> done) {
    return await()
        .atMost(ApiServer.patience())
        .until(
            () -> configs().withName(name).get(),
            c -> c != null && c.getStatus() != null && done.test(c));
  }

  private static boolean hasRolled(InstrumentationConfig ic, String hash) {
    return hash.equals(ic.getStatus().getWorkloadRolloutHash())
        && ic.getStatus().condition(RolloutConditions.WORKLOAD_ROLLOUT).isPresent();
  }

  private static boolean hasCondition(InstrumentationConfig ic, String type, String reason) {
    return ic.getStatus().condition(type).map(c -> reason.equals(c.getReason())).orElse(false);
  }

  private static Condition condition(InstrumentationConfig ic, String type) {
    return ic.getStatus().condition(type).orElseThrow();
  }
}
