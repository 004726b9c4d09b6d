package io.odigos.model.render.destination;

import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kafka}: the collector's kafka exporter; one topic per signal ({@code otlp_spans}, {@code
 * otlp_metrics}, {@code otlp_logs}) unless the user names one for all.
 */
public final class KafkaDestination implements DestinationConfigurer {

  private static final Map<ObservabilitySignal, String> DEFAULT_TOPICS =
      Map.of(
          ObservabilitySignal.TRACES, "otlp_spans",
          ObservabilitySignal.METRICS, "otlp_metrics",
          ObservabilitySignal.LOGS, "otlp_logs");

  @Override
  public String type() {
    return "kafka";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("brokers", brokers(v));
    String version = v.required("KAFKA_PROTOCOL_VERSION");
    if (!version.matches("[0-9]+\\.[0-9]+\\.[0-9]+(\\.[0-9]+)?")) {
      throw new InvalidDestinationException(
          "\"" + version + "\" is not a Kafka version for " + v.label("KAFKA_PROTOCOL_VERSION"));
    }
    config.put("protocol_version", version);
    v.value("KAFKA_CLIENT_ID").ifPresent(id -> config.put("client_id", id));
    String encoding = v.required("KAFKA_ENCODING");
    for (ObservabilitySignal s :
        List.of(
            ObservabilitySignal.TRACES, ObservabilitySignal.METRICS, ObservabilitySignal.LOGS)) {
      if (v.has(s)) {
        Map<String, Object> perSignal = new LinkedHashMap<>();
        perSignal.put("topic", v.value("KAFKA_TOPIC").orElse(DEFAULT_TOPICS.get(s)));
        perSignal.put("encoding", encoding);
        config.put(s.name().toLowerCase(java.util.Locale.ROOT), perSignal);
      }
    }
    if (v.has(ObservabilitySignal.TRACES) && v.flag("KAFKA_PARTITION_TRACES_BY_ID")) {
      config.put("partition_traces_by_id", true);
    }
    config.put("producer", Map.of("compression", v.required("KAFKA_PRODUCER_COMPRESSION")));
    if (v.required("KAFKA_AUTH_METHOD").equals("plain_text")) {
      Map<String, Object> sasl = new LinkedHashMap<>();
      sasl.put("username", v.required("KAFKA_USERNAME"));
      sasl.put("password", Secrets.required(v, "KAFKA_PASSWORD"));
      sasl.put("mechanism", "PLAIN");
      config.put("auth", Map.of("sasl", sasl));
    }
    return ExportBuilder.single(v, CollectorTypes.KAFKA, config);
  }

  private static List<String> brokers(DestinationValues v) throws InvalidDestinationException {
    List<String> brokers = v.list("KAFKA_BROKERS");
    for (String broker : brokers) {
      Endpoint e = Endpoints.parse(broker, v.label("KAFKA_BROKERS"));
      if (e.hasScheme() || e.port() < 0 || !e.path().isEmpty()) {
        throw new InvalidDestinationException(
            "\"" + broker + "\" in " + v.label("KAFKA_BROKERS") + " is not host:port");
      }
    }
    return brokers;
  }
}
