package io.odigos.model.render.destination;

import static io.odigos.model.v1alpha1.ObservabilitySignal.LOGS;
import static io.odigos.model.v1alpha1.ObservabilitySignal.TRACES;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.model.catalog.DestinationType;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Validation: every problem of an input, each as a sentence for the user. */
class DestinationValuesTest {

  private static DestinationType type(String id) {
    return DestinationCatalog.defaultCatalog().find(id).orElseThrow();
  }

  private static DestinationValues values(
      String type, Map<String, String> data, Set<String> secrets, Set<ObservabilitySignal> signals)
      throws InvalidDestinationException {
    return DestinationValues.of(type(type), type + "-1", data, secrets, signals);
  }

  @Test
  void namesAMissingRequiredField() {
    assertThatThrownBy(() -> values("otlp", Map.of(), Set.of(), Set.of(TRACES)))
        .isInstanceOf(InvalidDestinationException.class)
        .hasMessage(
            "OTLP gRPC destination \"otlp-1\" is not valid: field \"Endpoint\" (OTLP_GRPC_ENDPOINT)"
                + " is required");
  }

  @Test
  void rejectsAnEndpointThatIsNoUrl() {
    assertThatThrownBy(
            () -> values("otlp", Map.of("OTLP_GRPC_ENDPOINT", "abc"), Set.of(), Set.of(TRACES)))
        .hasMessageContaining("\"abc\" is not a valid URL for Endpoint");
    assertThatThrownBy(
            () ->
                values(
                    "otlp",
                    Map.of("OTLP_GRPC_ENDPOINT", "http://a b:99"),
                    Set.of(),
                    Set.of(TRACES)))
        .hasMessageContaining(
            "\"http://a b:99\" is not a valid URL for Endpoint: it contains white space");
  }

  @Test
  void rejectsAnUnsupportedSignalAndSaysWhatIsSupported() {
    assertThatThrownBy(
            () ->
                values(
                    "jaeger", Map.of("JAEGER_URL", "jaeger:4317"), Set.of(), Set.of(TRACES, LOGS)))
        .hasMessageContaining("signal LOGS is not supported by Jaeger (supports TRACES)");
    assertThatThrownBy(
            () -> values("jaeger", Map.of("JAEGER_URL", "jaeger:4317"), Set.of(), Set.of()))
        .hasMessageContaining("no signal selected (Jaeger supports TRACES)");
  }

  @Test
  void rejectsAnOptionOutsideTheList() {
    assertThatThrownBy(
            () ->
                values(
                    "datadog",
                    Map.of("DATADOG_SITE", "x"),
                    Set.of("DATADOG_API_KEY"),
                    Set.of(TRACES)))
        .hasMessageContaining(
            "option \"x\" not allowed for Site (one of: datadoghq.com, us3.datadoghq.com,"
                + " us5.datadoghq.com, datadoghq.eu, ap1.datadoghq.com, ddog-gov.com)");
  }

  @Test
  void aSecretInDataIsSentToTheSecretWithoutRepeatingIt() {
    assertThatThrownBy(
            () ->
                values(
                    "datadog",
                    Map.of("DATADOG_API_KEY", "dd-0123456789abcdef"),
                    Set.of(),
                    Set.of(TRACES)))
        .hasMessageContaining(
            "field \"API Key\" (DATADOG_API_KEY) is secret: put it in the destination's Secret under"
                + " key DATADOG_API_KEY, not in data")
        .message()
        .doesNotContain("dd-0123456789abcdef");
  }

  @Test
  void aRequiredSecretMissingFromTheSecretNamesTheKey() {
    assertThatThrownBy(() -> values("honeycomb", Map.of(), Set.of("OTHER"), Set.of(TRACES)))
        .hasMessageContaining(
            "field \"API Key\" (HONEYCOMB_API_KEY) is required: the destination's Secret has no key"
                + " HONEYCOMB_API_KEY");
  }

  @Test
  void listsEveryProblemInOneMessage() {
    assertThatThrownBy(
            () ->
                DestinationValues.of(
                    type("kafka"),
                    "bad id",
                    Map.of(
                        "KAFKA_BROKERS",
                        "[oops",
                        "KAFKA_PARTITION_TRACES_BY_ID",
                        "yes",
                        "KAFKA_ENCODING",
                        "avro"),
                    Set.of(),
                    Set.of(TRACES)))
        .message()
        .contains("id \"bad id\" cannot name collector components")
        .contains("\"[oops\" is not a list for Brokers")
        .contains("\"yes\" is not true or false for Partition traces by trace id")
        .contains("option \"avro\" not allowed for Encoding")
        .contains("field \"Protocol version\" (KAFKA_PROTOCOL_VERSION) is required");
  }

  @Test
  void checksNumbers() {
    assertThatThrownBy(
            () -> values("debug", Map.of("ITEMS_PER_SECOND", "ten"), Set.of(), Set.of(LOGS)))
        .hasMessageContaining("\"ten\" is not a whole number for Items per second");
  }
}
