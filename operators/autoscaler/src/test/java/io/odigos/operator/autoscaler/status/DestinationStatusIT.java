package io.odigos.operator.autoscaler.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Destination conditions set by the autoscaler's status reconciler on a real API server. */
@WithRealApiServer
class DestinationStatusIT {
  private static final String API_KEY = "hcaik-01j9-THIS-IS-THE-SECRET-VALUE";
  private static final String CONFIGURED = "DestinationConfigured";

  private RunningStatusReconcilers running;

  @BeforeEach
  void start(ApiServer server) {
    running = new RunningStatusReconcilers(server, "dest-status");
  }

  @AfterEach
  void stopAndCheckNoSecretValueWasLogged() {
    running.close();
    assertThat(running.loggedText())
        .as("the capture works: the condition changes were logged")
        .anyMatch(line -> line.startsWith("DestinationConfigured "))
        .noneMatch(line -> line.contains(API_KEY));
  }

  @Test
  void aDestinationWithItsSecretIsConfigured() {
    createSecret("honeycomb-creds", Map.of("HONEYCOMB_API_KEY", API_KEY));
    create(destination("honeycomb", "honeycomb", "{}", "[TRACES, LOGS]", "honeycomb-creds"));

    Condition c = running.awaitCondition(Destination.class, "honeycomb", CONFIGURED);

    assertThat(c.getStatus()).isEqualTo("True");
    assertThat(c.getReason()).isEqualTo("TransformedToOtelcolConfig");
    assertThat(c.getMessage()).contains("Honeycomb").endsWith("exports TRACES, LOGS");
    assertNoSecretValueInAnyStatus();
  }

  @Test
  void brokenDestinationsSayWhy() {
    createSecret("other-creds", Map.of("HONEYCOMB_API_KEY", API_KEY));
    create(destination("unknown", "zipkinx", "{}", "[TRACES]", null));
    create(destination("no-endpoint", "otlp", "{}", "[TRACES]", null));
    create(
        destination(
            "bad-endpoint", "otlp", "{OTLP_GRPC_ENDPOINT: \"collector:99999\"}", "[TRACES]", null));
    create(destination("no-secret", "honeycomb", "{}", "[TRACES]", "missing-creds"));

    assertFalse("unknown", "UnknownDestinationType", "unknown destination type \"zipkinx\"");
    assertFalse("no-endpoint", "MissingRequiredField", "OTLP_GRPC_ENDPOINT");
    assertFalse(
        "bad-endpoint",
        "InvalidEndpoint",
        "\"collector:99999\" is not a valid URL for Endpoint: port 99999 is out of range");
    assertFalse(
        "no-secret", "SecretNotFound", "Secret \"missing-creds\" (spec.secretRef) was not found");
    assertNoSecretValueInAnyStatus();
  }

  @Test
  void aSecretCreatedLaterFlipsTheConditionAndItsChangesAreFollowed() {
    create(destination("late", "honeycomb", "{}", "[TRACES]", "late-creds"));
    Condition missing = assertFalse("late", "SecretNotFound", "\"late-creds\"");

    createSecret("late-creds", Map.of("HONEYCOMB_API_KEY", API_KEY));
    Condition configured = awaitReason("late", "TransformedToOtelcolConfig");
    assertThat(configured.getStatus()).isEqualTo("True");
    assertThat(configured.getLastTransitionTime())
        .isGreaterThanOrEqualTo(missing.getLastTransitionTime());

    // a change that does not alter the verdict triggers a reconcile but no status patch
    String version = destinationVersion("late");
    running
        .client
        .secrets()
        .inNamespace(running.namespace)
        .withName("late-creds")
        .edit(
            s ->
                new SecretBuilder(s)
                    .editMetadata()
                    .addToLabels("touched", "yes")
                    .endMetadata()
                    .build());
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(() -> destinationVersion("late").equals(version));

    running
        .client
        .secrets()
        .inNamespace(running.namespace)
        .withName("late-creds")
        .edit(s -> new SecretBuilder(s).withData(Map.of("WRONG_KEY", "eA==")).build());
    Condition lost = awaitReason("late", "MissingRequiredField");
    assertThat(lost.getMessage()).contains("Secret has no key HONEYCOMB_API_KEY");
    assertNoSecretValueInAnyStatus();
  }

  private Condition assertFalse(String name, String reason, String messagePart) {
    Condition c = awaitReason(name, reason);
    assertThat(c.getStatus()).isEqualTo("False");
    assertThat(c.getMessage()).contains(messagePart);
    return c;
  }

  private Condition awaitReason(String name, String reason) {
    return running.awaitCondition(
        Destination.class, name, CONFIGURED, c -> reason.equals(c.getReason()));
  }

  private String destinationVersion(String name) {
    return running
        .client
        .resources(Destination.class)
        .inNamespace(running.namespace)
        .withName(name)
        .get()
        .getMetadata()
        .getResourceVersion();
  }

  private void assertNoSecretValueInAnyStatus() {
    List<Destination> all =
        running
            .client
            .resources(Destination.class)
            .inNamespace(running.namespace)
            .list()
            .getItems();
    assertThat(all)
        .flatExtracting(d -> d.getStatus() == null ? List.of() : d.getStatus().getConditions())
        .extracting(c -> ((Condition) c).getMessage())
        .noneMatch(m -> m.contains(API_KEY));
  }

  private void createSecret(String name, Map<String, String> values) {
    Secret secret =
        new SecretBuilder()
            .withNewMetadata()
            .withName(name)
            .withNamespace(running.namespace)
            .endMetadata()
            .withStringData(values)
            .build();
    running.client.secrets().inNamespace(running.namespace).resource(secret).create();
  }

  private void create(Destination destination) {
    running
        .client
        .resources(Destination.class)
        .inNamespace(running.namespace)
        .resource(destination)
        .create();
  }

  private Destination destination(
      String name, String type, String data, String signals, String secretName) {
    return Yamls.parse(
        Destination.class,
        """
        apiVersion: odigos.io/v1alpha1
        kind: Destination
        metadata: {name: %s, namespace: %s}
        spec:
          type: %s
          destinationName: %s
          data: %s
          signals: %s
        %s"""
            .formatted(
                name,
                running.namespace,
                type,
                name,
                data,
                signals,
                secretName == null ? "" : "  secretRef: {name: " + secretName + "}\n"));
  }
}
