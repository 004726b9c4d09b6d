package io.odigos.model.render.destination;

import static io.odigos.model.v1alpha1.ObservabilitySignal.LOGS;
import static io.odigos.model.v1alpha1.ObservabilitySignal.METRICS;
import static io.odigos.model.v1alpha1.ObservabilitySignal.TRACES;

import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One fixed, complete input per catalog type for the golden tests. Secrets are key names only: the
 * renderer never sees a secret value.
 */
final class DestinationSamples {

  /** What a user would put in a Destination: data, the Secret's key names, signals. */
  record Sample(
      Map<String, String> data, Set<String> secretKeys, Set<ObservabilitySignal> signals) {

    /** The sample's values; the destination id is {@code <type>-prod}. */
    DestinationValues values(String type) throws InvalidDestinationException {
      return DestinationValues.of(
          DestinationCatalog.defaultCatalog().find(type).orElseThrow(),
          type + "-prod",
          data,
          secretKeys,
          signals);
    }
  }

  private static final Set<ObservabilitySignal> ALL = Set.of(TRACES, METRICS, LOGS);
  private static final Map<String, Sample> SAMPLES = new LinkedHashMap<>();

  static {
    add(
        "clickhouse",
        ALL,
        "CLICKHOUSE_PASSWORD",
        "CLICKHOUSE_ENDPOINT=tcp://clickhouse.db:9000",
        "CLICKHOUSE_USERNAME=odigos");
    add(
        "coralogix",
        ALL,
        "CORALOGIX_PRIVATE_KEY",
        "CORALOGIX_DOMAIN=eu2.coralogix.com",
        "CORALOGIX_APPLICATION_NAME=shop",
        "CORALOGIX_SUBSYSTEM_NAME=checkout");
    add("datadog", ALL, "DATADOG_API_KEY", "DATADOG_SITE=datadoghq.eu");
    add("debug", ALL, "", "VERBOSITY=detailed", "ITEMS_PER_SECOND=10");
    add(
        "dynatrace",
        ALL,
        "DYNATRACE_API_TOKEN",
        "DYNATRACE_URL=https://abc12345.live.dynatrace.com");
    add(
        "elasticsearch",
        ALL,
        "ELASTICSEARCH_API_KEY",
        "ELASTICSEARCH_URL=https://my-deployment.apm.us-east-1.aws.elastic.cloud:443");
    add(
        "grafanacloudloki",
        Set.of(LOGS),
        "GRAFANA_CLOUD_LOKI_PASSWORD",
        "GRAFANA_CLOUD_LOKI_ENDPOINT=https://logs-prod-012.grafana.net",
        "GRAFANA_CLOUD_LOKI_USERNAME=1234567");
    add(
        "grafanacloudprometheus",
        Set.of(METRICS),
        "GRAFANA_CLOUD_PROMETHEUS_PASSWORD",
        "GRAFANA_CLOUD_PROMETHEUS_RW_ENDPOINT=https://prometheus-prod-10-prod-us-central-0.grafana.net",
        "GRAFANA_CLOUD_PROMETHEUS_USERNAME=987654");
    add(
        "grafanacloudtempo",
        Set.of(TRACES),
        "GRAFANA_CLOUD_TEMPO_PASSWORD",
        "GRAFANA_CLOUD_TEMPO_ENDPOINT=tempo-prod-04-prod-us-east-0.grafana.net:443",
        "GRAFANA_CLOUD_TEMPO_USERNAME=456789");
    add("honeycomb", ALL, "HONEYCOMB_API_KEY");
    add("jaeger", Set.of(TRACES), "", "JAEGER_URL=jaeger-collector.tracing:4317");
    add(
        "kafka",
        ALL,
        "KAFKA_PASSWORD",
        "KAFKA_BROKERS=[\"kafka-0.kafka:9092\", \"kafka-1.kafka:9092\"]",
        "KAFKA_PROTOCOL_VERSION=3.7.0",
        "KAFKA_AUTH_METHOD=plain_text",
        "KAFKA_USERNAME=odigos",
        "KAFKA_PARTITION_TRACES_BY_ID=true");
    add(
        "loki",
        Set.of(LOGS),
        "",
        "LOKI_URL=http://loki-gateway.loki:3100/loki/api/v1/push",
        "LOKI_SCOPE_ORG_ID=team-a");
    add("newrelic", ALL, "NEWRELIC_API_KEY", "NEWRELIC_ENDPOINT=https://otlp.eu01.nr-data.net");
    add(
        "otlp",
        ALL,
        "",
        "OTLP_GRPC_ENDPOINT=otel-collector.monitoring",
        "OTLP_GRPC_COMPRESSION=gzip");
    add(
        "otlphttp",
        ALL,
        "OTLP_HTTP_BASIC_AUTH_PASSWORD",
        "OTLP_HTTP_ENDPOINT=https://otlp.example.com",
        "OTLP_HTTP_LOGS_ENDPOINT=https://logs.example.com/ingest/otlp",
        "OTLP_HTTP_BASIC_AUTH_USERNAME=odigos",
        "OTLP_HTTP_COMPRESSION=zstd");
    add(
        "prometheus",
        Set.of(METRICS),
        "PROMETHEUS_BEARER_TOKEN",
        "PROMETHEUS_REMOTEWRITE_URL=http://prometheus.monitoring:9090");
    add("signoz", ALL, "SIGNOZ_INGESTION_KEY", "SIGNOZ_URL=https://ingest.us.signoz.cloud:443");
    add("splunkotlp", Set.of(TRACES), "SPLUNK_ACCESS_TOKEN", "SPLUNK_REALM=us1");
    add("tempo", Set.of(TRACES), "", "TEMPO_URL=tempo-distributor.tempo");
    add("uptrace", ALL, "UPTRACE_DSN");
  }

  private DestinationSamples() {}

  static Map<String, Sample> byType() {
    return SAMPLES;
  }

  /** {@code secretKeys} comma separated; {@code data} as KEY=value. */
  private static void add(
      String type, Set<ObservabilitySignal> signals, String secretKeys, String... data) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String kv : data) {
      map.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
    }
    Set<String> keys =
        secretKeys.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(secretKeys.split(",")));
    SAMPLES.put(type, new Sample(map, keys, signals));
  }
}
