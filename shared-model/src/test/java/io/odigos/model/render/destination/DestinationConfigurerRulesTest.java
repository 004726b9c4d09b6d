package io.odigos.model.render.destination;

import static io.odigos.model.v1alpha1.ObservabilitySignal.LOGS;
import static io.odigos.model.v1alpha1.ObservabilitySignal.METRICS;
import static io.odigos.model.v1alpha1.ObservabilitySignal.TRACES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules the goldens do not show: defaults, alternatives and the errors configurers raise. */
class DestinationConfigurerRulesTest {

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
  void grpcHttpSchemeMeansPlainTextAndHttpsMeansTls() throws InvalidDestinationException {
    var plain =
        export("otlp", Map.of("OTLP_GRPC_ENDPOINT", "http://c.io"), Set.of(), Set.of(TRACES));
    assertThat(exporter(plain, "otlp_grpc/d"))
        .containsEntry("endpoint", "c.io:4317")
        .containsEntry("tls", Map.of("insecure", true))
        .containsEntry("compression", "none");
    var tls =
        export(
            "otlp",
            Map.of(
                "OTLP_GRPC_ENDPOINT",
                "c.io:4317",
                "OTLP_GRPC_TLS_ENABLED",
                "true",
                "OTLP_GRPC_CA_PEM",
                "-----BEGIN CERTIFICATE-----"),
            Set.of(),
            Set.of(TRACES));
    assertThat(exporter(tls, "otlp_grpc/d"))
        .containsEntry("tls", Map.of("ca_pem", "-----BEGIN CERTIFICATE-----"));
  }

  @Test
  void otlpHttpWithoutSchemeGetsHttpAndPort4318() throws InvalidDestinationException {
    var e =
        export("otlphttp", Map.of("OTLP_HTTP_ENDPOINT", "collector.io"), Set.of(), Set.of(LOGS));
    assertThat(exporter(e, "otlp_http/d")).containsEntry("endpoint", "http://collector.io:4318");
    assertThat(e.extensions()).isEmpty();
  }

  @Test
  void basicAuthNeedsBothHalves() {
    assertThatThrownBy(
            () ->
                export(
                    "otlphttp",
                    Map.of(
                        "OTLP_HTTP_ENDPOINT", "http://c.io", "OTLP_HTTP_BASIC_AUTH_USERNAME", "u"),
                    Set.of(),
                    Set.of(LOGS)))
        .hasMessageContaining("basic authentication needs both OTLP_HTTP_BASIC_AUTH_USERNAME");
  }

  @Test
  void prometheusTakesOneKindOfAuthAndKeepsAGivenPath() throws InvalidDestinationException {
    var e =
        export(
            "prometheus",
            Map.of(
                "PROMETHEUS_REMOTEWRITE_URL",
                "https://mimir.io/api/v1/push",
                "PROMETHEUS_BASIC_AUTH_USERNAME",
                "u"),
            Set.of("PROMETHEUS_BASIC_AUTH_PASSWORD"),
            Set.of(METRICS));
    assertThat(exporter(e, "prometheus_remote_write/d"))
        .containsEntry("endpoint", "https://mimir.io/api/v1/push")
        .containsEntry("auth", Map.of("authenticator", "basicauth/d"));
    assertThat(e.extensions()).containsOnlyKeys("basicauth/d");
    assertThatThrownBy(
            () ->
                export(
                    "prometheus",
                    Map.of(
                        "PROMETHEUS_REMOTEWRITE_URL",
                        "prom.io",
                        "PROMETHEUS_BASIC_AUTH_USERNAME",
                        "u"),
                    Set.of("PROMETHEUS_BASIC_AUTH_PASSWORD", "PROMETHEUS_BEARER_TOKEN"),
                    Set.of(METRICS)))
        .hasMessageContaining("either a bearer token or basic authentication");
  }

  @Test
  void datadogSendsMetricsToTheApiHostOnlyWhenAsked() throws InvalidDestinationException {
    var e =
        export(
            "datadog",
            Map.of("DATADOG_SITE", "us5.datadoghq.com"),
            Set.of("DATADOG_API_KEY"),
            Set.of(TRACES));
    assertThat(exporter(e, "otlp_http/d"))
        .containsEntry("endpoint", "https://otlp.us5.datadoghq.com")
        .doesNotContainKey("metrics_endpoint");
  }

  @Test
  void honeycombWithoutMetricsHasOneExporter() throws InvalidDestinationException {
    var e = export("honeycomb", Map.of(), Set.of("HONEYCOMB_API_KEY"), Set.of(TRACES, LOGS));
    assertThat(e.exporters()).containsOnlyKeys("otlp_grpc/d");
    assertThat(e.exporterBySignal())
        .containsOnly(Map.entry(TRACES, "otlp_grpc/d"), Map.entry(LOGS, "otlp_grpc/d"));
    var metricsOnly = export("honeycomb", Map.of(), Set.of("HONEYCOMB_API_KEY"), Set.of(METRICS));
    assertThat(metricsOnly.exporterBySignal())
        .containsOnly(Map.entry(METRICS, "otlp_grpc/d-metrics"));
  }

  @Test
  void elasticsearchTakesApiKeyOrBasicAuthNotBoth() {
    assertThatThrownBy(
            () ->
                export(
                    "elasticsearch",
                    Map.of(
                        "ELASTICSEARCH_URL", "https://es.io", "ELASTICSEARCH_USERNAME", "elastic"),
                    Set.of("ELASTICSEARCH_PASSWORD", "ELASTICSEARCH_API_KEY"),
                    Set.of(LOGS)))
        .hasMessageContaining("either an API key or a user name and password");
  }
}
