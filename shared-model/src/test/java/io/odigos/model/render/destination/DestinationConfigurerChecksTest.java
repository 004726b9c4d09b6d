package io.odigos.model.render.destination;

import static io.odigos.model.v1alpha1.ObservabilitySignal.LOGS;
import static io.odigos.model.v1alpha1.ObservabilitySignal.TRACES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The errors configurers raise for input the catalog alone cannot judge. */
class DestinationConfigurerChecksTest {

  private static DestinationExport export(
      String type, Map<String, String> data, Set<String> secrets, Set<ObservabilitySignal> signals)
      throws InvalidDestinationException {
    return DestinationConfigurers.configure(
        DestinationValues.of(
            DestinationCatalog.defaultCatalog().find(type).orElseThrow(),
            "d",
            data,
            secrets,
            signals));
  }

  private static Map<String, Object> exporter(DestinationExport export, String id) {
    assertThat(export.exporters()).containsKey(id);
    return export.exporters().get(id);
  }

  @Test
  void kafkaChecksVersionBrokersAndSaslPassword() {
    Map<String, String> base =
        Map.of("KAFKA_BROKERS", "k:9092", "KAFKA_PROTOCOL_VERSION", "latest");
    assertThatThrownBy(() -> export("kafka", base, Set.of(), Set.of(LOGS)))
        .hasMessageContaining("\"latest\" is not a Kafka version");
    assertThatThrownBy(
            () ->
                export(
                    "kafka",
                    Map.of("KAFKA_BROKERS", "k.io", "KAFKA_PROTOCOL_VERSION", "3.7.0"),
                    Set.of(),
                    Set.of(LOGS)))
        .hasMessageContaining("\"k.io\" in Brokers is not host:port");
    assertThatThrownBy(
            () ->
                export(
                    "kafka",
                    Map.of(
                        "KAFKA_BROKERS",
                        "k:9092",
                        "KAFKA_PROTOCOL_VERSION",
                        "3.7.0",
                        "KAFKA_AUTH_METHOD",
                        "plain_text",
                        "KAFKA_USERNAME",
                        "u"),
                    Set.of(),
                    Set.of(LOGS)))
        .hasMessageContaining("the destination's Secret has no key KAFKA_PASSWORD");
  }

  @Test
  void kafkaUsesOneTopicWhenTheUserNamesIt() throws InvalidDestinationException {
    var e =
        export(
            "kafka",
            Map.of(
                "KAFKA_BROKERS",
                "k:9092",
                "KAFKA_PROTOCOL_VERSION",
                "3.7.0",
                "KAFKA_TOPIC",
                "otel"),
            Set.of(),
            Set.of(TRACES, LOGS));
    assertThat(exporter(e, "kafka/d"))
        .containsEntry("traces", Map.of("topic", "otel", "encoding", "otlp_proto"))
        .containsEntry("logs", Map.of("topic", "otel", "encoding", "otlp_proto"))
        .doesNotContainKeys("metrics", "auth");
  }

  @Test
  void splunkRealmMustBeARealmName() {
    assertThatThrownBy(
            () ->
                export(
                    "splunkotlp",
                    Map.of("SPLUNK_REALM", "us1.evil.com/x"),
                    Set.of("SPLUNK_ACCESS_TOKEN"),
                    Set.of(TRACES)))
        .hasMessageContaining("is not a Splunk realm");
  }

  @Test
  void clickhouseWithoutSchemeUsesTheNativeProtocolAndOnlySelectedTables()
      throws InvalidDestinationException {
    var e = export("clickhouse", Map.of("CLICKHOUSE_ENDPOINT", "ch.db"), Set.of(), Set.of(LOGS));
    assertThat(exporter(e, "clickhouse/d"))
        .containsEntry("endpoint", "tcp://ch.db:9000")
        .containsEntry("logs_table_name", "otel_logs")
        .doesNotContainKeys("traces_table_name", "metrics_tables", "username", "password");
  }

  @Test
  void debugPrintsEverythingUnlessLimited() throws InvalidDestinationException {
    var e = export("debug", Map.of(), Set.of(), Set.of(TRACES));
    assertThat(exporter(e, "debug/d")).isEqualTo(Map.of("verbosity", "basic"));
    assertThatThrownBy(
            () -> export("debug", Map.of("ITEMS_PER_SECOND", "0"), Set.of(), Set.of(TRACES)))
        .hasMessageContaining("must be between 1 and");
  }
}
