package io.odigos.operator.autoscaler.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.model.render.GatewaySettings;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.operator.support.Conditions;
import io.odigos.operator.support.Conditions.Desired;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DestinationDiagnosisTest {
  private static final String KEY_VALUE = "hc-very-secret-ingest-key";
  private final DestinationDiagnosis diagnosis =
      new DestinationDiagnosis(DestinationCatalog.defaultCatalog(), GatewaySettings.defaults("t"));

  @Test
  void aValidDestinationIsConfiguredWithItsSignals() {
    Desired d = diagnose(otlp("otel.monitoring:4317", "[TRACES, LOGS]", ""), noSecrets());

    assertThat(d.type()).isEqualTo("DestinationConfigured");
    assertThat(d.status()).isEqualTo(Conditions.TRUE);
    assertThat(d.reason()).isEqualTo("TransformedToOtelcolConfig");
    assertThat(d.message()).contains("OTLP gRPC").endsWith("exports TRACES, LOGS");
  }

  @Test
  void anUnknownTypeListsTheKnownOnes() {
    Desired d = diagnose(destination("zipkinx", "{}", "[TRACES]", ""), noSecrets());

    assertThat(d.status()).isEqualTo(Conditions.FALSE);
    assertThat(d.reason()).isEqualTo("UnknownDestinationType");
    assertThat(d.message()).contains("\"zipkinx\"").contains("otlp").contains("honeycomb");
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    Desired d = diagnose(destination("otlp", "{}", "[TRACES]", ""), noSecrets());

    assertThat(d.reason()).isEqualTo("MissingRequiredField");
    assertThat(d.message()).contains("OTLP_GRPC_ENDPOINT").contains("required");
  }

  @Test
  void aMalformedEndpointGetsTheRenderersMessage() {
    Desired d = diagnose(otlp("http://exa mple:4317", "[TRACES]", ""), noSecrets());

    assertThat(d.reason()).isEqualTo("InvalidEndpoint");
    assertThat(d.message()).contains("is not a valid URL").contains("white space");
  }

  @Test
  void anEndpointWithCredentialsIsRefusedWithoutRepeatingThem() {
    Desired d = diagnose(otlp("https://bob:hunter2@collector:4317", "[TRACES]", ""), noSecrets());

    assertThat(d.reason()).isEqualTo("InvalidEndpoint");
    assertThat(d.message()).doesNotContain("hunter2").contains("https://***@collector");
  }

  @Test
  void aMissingSecretIsNamedWithTheKeysItShouldHold() {
    Desired d = diagnose(honeycomb(""), noSecrets());

    assertThat(d.reason()).isEqualTo("SecretNotFound");
    assertThat(d.message())
        .contains("Secret \"honeycomb-creds\"")
        .contains("namespace odigos-test")
        .contains("HONEYCOMB_API_KEY");
  }

  @Test
  void aSecretWithoutTheRequiredKeyIsAMissingField() {
    Desired d = diagnose(honeycomb(""), secrets(Map.of("honeycomb-creds", Set.of("OTHER"))));

    assertThat(d.reason()).isEqualTo("MissingRequiredField");
    assertThat(d.message()).contains("Secret has no key HONEYCOMB_API_KEY");
  }

  @Test
  void aSecretWithTheKeyConfiguresTheDestination() {
    Desired d =
        diagnose(honeycomb(""), secrets(Map.of("honeycomb-creds", Set.of("HONEYCOMB_API_KEY"))));

    assertThat(d.status()).isEqualTo(Conditions.TRUE);
    assertThat(d.message()).contains("Honeycomb").endsWith("exports TRACES");
  }

  @Test
  void aSecretValuePutInDataIsRefusedWithoutBeingQuoted() {
    Destination dest =
        destination("honeycomb", "{HONEYCOMB_API_KEY: " + KEY_VALUE + "}", "[TRACES]", "");

    Desired d = diagnose(dest, noSecrets());

    assertThat(d.reason()).isEqualTo("InvalidDestinationConfig");
    assertThat(d.message()).contains("is secret").doesNotContain(KEY_VALUE);
  }

  @Test
  void aValidDisabledDestinationSaysSoAndWhatItWouldExport() {
    Desired d = diagnose(otlp("otel:4317", "[METRICS]", "disabled: true"), noSecrets());

    assertThat(d.status()).isEqualTo(Conditions.FALSE);
    assertThat(d.reason()).isEqualTo("DestinationDisabled");
    assertThat(d.message()).contains("valid but disabled").contains("METRICS");
  }

  @Test
  void aDisabledDestinationIsStillChecked() {
    Desired d = diagnose(destination("otlp", "{}", "[TRACES]", "disabled: true"), noSecrets());

    assertThat(d.reason()).isEqualTo("MissingRequiredField");
  }

  @Test
  void anUnsupportedSignalIsAConfigProblem() {
    Desired d = diagnose(otlp("otel:4317", "[PROFILES]", ""), noSecrets());

    assertThat(d.reason()).isEqualTo("InvalidDestinationConfig");
    assertThat(d.message()).contains("PROFILES");
  }

  @Test
  void keysOfASecretAreItsDataAndStringDataKeys() {
    var secret =
        new SecretBuilder().addToData("A", "dmFsdWU=").addToStringData("B", "value").build();

    assertThat(DestinationDiagnosis.keysOf(secret)).containsExactly("A", "B");
  }

  @Test
  void userInfoIsMaskedInMessages() {
    assertThat(DestinationDiagnosis.withoutUserInfo("\"http://u:p@h:1/x\" is bad"))
        .isEqualTo("\"http://***@h:1/x\" is bad");
    assertThat(DestinationDiagnosis.withoutUserInfo("mail a@b about http://h/x"))
        .isEqualTo("mail a@b about http://h/x");
  }

  private Desired diagnose(Destination d, Function<String, Optional<Set<String>>> secrets) {
    return diagnosis.diagnose(d, secrets);
  }

  private static Function<String, Optional<Set<String>>> noSecrets() {
    return name -> Optional.empty();
  }

  private static Function<String, Optional<Set<String>>> secrets(Map<String, Set<String>> keys) {
    return name -> Optional.ofNullable(keys.get(name));
  }

  private static Destination otlp(String endpoint, String signals, String extra) {
    return destination("otlp", "{OTLP_GRPC_ENDPOINT: \"" + endpoint + "\"}", signals, extra);
  }

  private static Destination honeycomb(String extra) {
    return destination(
        "honeycomb", "{}", "[TRACES]", "secretRef: {name: honeycomb-creds}\n  " + extra);
  }

  static Destination destination(String type, String data, String signals, String extra) {
    return Yamls.parse(
        Destination.class,
        """
        apiVersion: odigos.io/v1alpha1
        kind: Destination
        metadata: {name: dest, namespace: odigos-test, generation: 1}
        spec:
          type: %s
          destinationName: My destination
          data: %s
          signals: %s
          %s
        """
            .formatted(type, data, signals, extra));
  }
}
