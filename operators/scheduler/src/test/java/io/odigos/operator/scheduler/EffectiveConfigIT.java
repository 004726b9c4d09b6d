package io.odigos.operator.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.odigos.operator.scheduler.config.ConfigYaml;
import io.odigos.operator.scheduler.config.OdigosConfiguration;
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
 * The scheduler, run in-process against a real API server, turns the user's odigos-configuration
 * into effective-config, and keeps the last good one when the user's cannot be used.
 */
@WithRealApiServer
class EffectiveConfigIT {
  private static final String USER = "odigos-configuration";
  private static final String EFFECTIVE = "effective-config";

  private Operator operator;
  private String odigosNamespace;
  private KubernetesClient client;

  @BeforeEach
  void startScheduler(ApiServer server) {
    client = server.client();
    odigosNamespace = server.createNamespace("scheduler-config");
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
  void effectiveConfigFollowsTheUserAndKeepsTheLastGoodOneWhenTheUserErrs() throws Exception {
    OdigosConfiguration defaults = awaitEffective(c -> c.resourceSizePreset() != null);
    assertThat(defaults.resourceSizePreset()).isEqualTo("size_s");
    assertThat(defaults.ignoredNamespaces()).contains("kube-system", odigosNamespace);
    assertThat(effectiveConfigMap().getMetadata().getOwnerReferences()).isEmpty();

    ConfigMap user =
        writeUserConfig(
            """
            resourceSizePreset: size_l
            profiles: [allow_concurrent_agents]
            ignoredNamespaces: [legacy-apps]
            uiMode: readonly
            """);
    OdigosConfiguration effective = awaitEffective(c -> "size_l".equals(c.resourceSizePreset()));
    assertThat(effective.collectorGateway().minReplicas()).isEqualTo(3);
    assertThat(effective.collectorGateway().maxReplicas()).isEqualTo(12);
    assertThat(effective.collectorNode().requestMemoryMiB()).isEqualTo(500);
    assertThat(effective.profiles()).containsExactly("allow_concurrent_agents");
    assertThat(effective.allowConcurrentAgents()).isTrue();
    assertThat(effective.ignoredNamespaces())
        .startsWith("legacy-apps")
        .contains("kube-system", "istio-system", odigosNamespace);
    ConfigMap good = effectiveConfigMap();
    assertThat(good.getData().get("config.yaml")).contains("uiMode: readonly");
    assertThat(good.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(o -> assertThat(o.getUid()).isEqualTo(user.getMetadata().getUid()));

    ConfigMap broken =
        writeUserConfig("resourceSizePreset: size_m\noidc:\n  clientSecret: t0ps3cret: x\n");
    Event event = awaitInvalidConfigurationEvent(broken);
    assertThat(event.getType()).isEqualTo("Warning");
    assertThat(event.getMessage())
        .startsWith("odigos-configuration was not applied, effective-config keeps the last valid")
        .contains("config.yaml is not valid YAML")
        .contains("line 3")
        .doesNotContain("t0ps3cret");
    assertUnchangedFor(good, Duration.ofSeconds(3));
    assertThat(invalidConfigurationEvents(broken)).as("reported once").hasSize(1);

    ConfigMap badValues =
        writeUserConfig("resourceSizePreset: size_xl\ncollectorGateway: {minReplicas: -2}\n");
    assertThat(awaitInvalidConfigurationEvent(badValues).getMessage())
        .contains("resourceSizePreset 'size_xl' is not a size preset")
        .contains("collectorGateway.minReplicas must not be negative (got -2)");
    assertUnchangedFor(good, Duration.ofSeconds(2));

    writeUserConfig("resourceSizePreset: size_m\n");
    assertThat(
            awaitEffective(c -> "size_m".equals(c.resourceSizePreset()))
                .collectorGateway()
                .minReplicas())
        .isEqualTo(2);

    // no garbage collector here: the scheduler itself falls back to the defaults
    client.configMaps().inNamespace(odigosNamespace).withName(USER).delete();
    awaitEffective(c -> "size_s".equals(c.resourceSizePreset()));
    assertThat(effectiveConfigMap().getMetadata().getOwnerReferences()).isEmpty();
  }

  private ConfigMap writeUserConfig(String yaml) {
    return client
        .configMaps()
        .inNamespace(odigosNamespace)
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName(USER)
                .withNamespace(odigosNamespace)
                .endMetadata()
                .withData(Map.of("config.yaml", yaml))
                .build())
        .serverSideApply();
  }

  private ConfigMap effectiveConfigMap() {
    return client.configMaps().inNamespace(odigosNamespace).withName(EFFECTIVE).get();
  }

  private OdigosConfiguration awaitEffective(
      java.util.function.Predicate<OdigosConfiguration> condition) {
    return await()
        .atMost(ApiServer.patience())
        .ignoreExceptions()
        .until(
            () ->
                ConfigYaml.parse(effectiveConfigMap().getData().get("config.yaml")).configuration(),
            condition::test);
  }

  private Event awaitInvalidConfigurationEvent(ConfigMap version) {
    return await()
        .atMost(ApiServer.patience())
        .until(() -> invalidConfigurationEvents(version), events -> !events.isEmpty())
        .getFirst();
  }

  private List<Event> invalidConfigurationEvents(ConfigMap version) {
    return client.v1().events().inNamespace(odigosNamespace).list().getItems().stream()
        .filter(e -> "InvalidConfiguration".equals(e.getReason()))
        .filter(e -> USER.equals(e.getInvolvedObject().getName()))
        .filter(
            e ->
                version
                    .getMetadata()
                    .getResourceVersion()
                    .equals(e.getInvolvedObject().getResourceVersion()))
        .toList();
  }

  private void assertUnchangedFor(ConfigMap good, Duration quiet) {
    await()
        .during(quiet)
        .atMost(quiet.plusSeconds(5))
        .until(
            () ->
                good.getMetadata()
                    .getResourceVersion()
                    .equals(effectiveConfigMap().getMetadata().getResourceVersion()));
  }
}
