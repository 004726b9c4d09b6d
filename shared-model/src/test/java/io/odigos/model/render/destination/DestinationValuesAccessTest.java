package io.odigos.model.render.destination;

import static io.odigos.model.v1alpha1.ObservabilitySignal.LOGS;
import static io.odigos.model.v1alpha1.ObservabilitySignal.METRICS;
import static io.odigos.model.v1alpha1.ObservabilitySignal.TRACES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.model.catalog.DestinationType;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.DestinationSpec;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading checked values: defaults, flags, lists, secret references, env prefix. */
class DestinationValuesAccessTest {

  private static DestinationType type(String id) {
    return DestinationCatalog.defaultCatalog().find(id).orElseThrow();
  }

  private static DestinationValues values(
      String type, Map<String, String> data, Set<String> secrets, Set<ObservabilitySignal> signals)
      throws InvalidDestinationException {
    return DestinationValues.of(type(type), type + "-1", data, secrets, signals);
  }

  @Test
  void readsValuesDefaultsFlagsListsAndSecretRefs() throws InvalidDestinationException {
    DestinationValues v =
        DestinationValues.of(
            type("kafka"),
            "orders.kafka",
            Map.of(
                "KAFKA_BROKERS",
                "a:9092, b:9092",
                "KAFKA_PROTOCOL_VERSION",
                " 3.7.0 ",
                "KAFKA_PARTITION_TRACES_BY_ID",
                "true",
                "UNKNOWN_UPSTREAM_FIELD",
                "kept quiet"),
            Set.of("KAFKA_PASSWORD"),
            Set.of(METRICS, TRACES));
    assertThat(v.id()).isEqualTo("orders.kafka");
    assertThat(v.signals()).containsExactly(TRACES, METRICS);
    assertThat(v.value("KAFKA_PROTOCOL_VERSION")).contains("3.7.0");
    assertThat(v.value("KAFKA_ENCODING")).contains("otlp_proto");
    assertThat(v.value("KAFKA_TOPIC")).isEmpty();
    assertThat(v.flag("KAFKA_PARTITION_TRACES_BY_ID")).isTrue();
    assertThat(v.list("KAFKA_BROKERS")).containsExactly("a:9092", "b:9092");
    assertThat(v.secretRef("KAFKA_PASSWORD"))
        .contains("${env:ODIGOS_DEST_ORDERS_KAFKA_KAFKA_PASSWORD}");
    assertThat(v.componentId("kafka")).isEqualTo("kafka/orders.kafka");
    assertThatThrownBy(() -> v.value("KAFKA_PASSWORD")).hasMessageContaining("use secretRef");
    assertThatThrownBy(() -> v.value("NOPE")).hasMessageContaining("kafka has no field NOPE");
    assertThatThrownBy(() -> v.required("KAFKA_TOPIC"))
        .isInstanceOf(InvalidDestinationException.class)
        .hasMessage("field \"Topic\" (KAFKA_TOPIC) is required");
  }

  @Test
  void optionalSecretWithoutKeyHasNoRef() throws InvalidDestinationException {
    DestinationValues v =
        values("signoz", Map.of("SIGNOZ_URL", "signoz:4317"), Set.of(), Set.of(LOGS));
    assertThat(v.secretRef("SIGNOZ_INGESTION_KEY")).isEmpty();
  }

  @Test
  void envPrefixIsUpperSnakeCase() {
    assertThat(DestinationValues.envPrefix("honeycomb-prod"))
        .isEqualTo("ODIGOS_DEST_HONEYCOMB_PROD_");
    assertThat(DestinationValues.envPrefix("odigos.io.dest.jaeger-x7k2q"))
        .isEqualTo("ODIGOS_DEST_ODIGOS_IO_DEST_JAEGER_X7K2Q_");
  }

  @Test
  void readsADestinationResource() throws InvalidDestinationException {
    Destination d = new Destination();
    d.getMetadata().setName("odigos.io.dest.tempo-x7k2q");
    DestinationSpec spec = new DestinationSpec();
    spec.setType("tempo");
    spec.setData(Map.of("TEMPO_URL", "tempo.tracing:4317"));
    spec.setSignals(Arrays.asList(TRACES, TRACES, null));
    d.setSpec(spec);
    DestinationValues v =
        DestinationResources.values(DestinationCatalog.defaultCatalog(), d, Set.of());
    assertThat(v.id()).isEqualTo("odigos.io.dest.tempo-x7k2q");
    assertThat(v.signals()).containsExactly(TRACES);
    spec.setType("zipkin");
    assertThatThrownBy(
            () -> DestinationResources.values(DestinationCatalog.defaultCatalog(), d, Set.of()))
        .isInstanceOf(InvalidDestinationException.class)
        .hasMessage("destination \"odigos.io.dest.tempo-x7k2q\" has unknown type \"zipkin\"");
  }
}
