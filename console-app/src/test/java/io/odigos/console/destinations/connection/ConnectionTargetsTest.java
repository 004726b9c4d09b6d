package io.odigos.console.destinations.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.model.catalog.DestinationType;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConnectionTargetsTest {
  private static final String KEY = "hcaik-secret-123";
  private final DestinationCatalog catalog = DestinationCatalog.defaultCatalog();

  private DestinationType type(String id) {
    return catalog.find(id).orElseThrow();
  }

  private ConnectionTarget ready(ConnectionPlan plan) {
    assertThat(plan).isInstanceOf(ConnectionPlan.Ready.class);
    return ((ConnectionPlan.Ready) plan).target();
  }

  @Test
  void onlyTypesThatExportOtlpHaveATest() {
    var testable =
        catalog.all().stream().filter(ConnectionTargets::supports).map(DestinationType::type);
    assertThat(testable)
        .contains(
            "otlp",
            "otlphttp",
            "honeycomb",
            "datadog",
            "newrelic",
            "dynatrace",
            "coralogix",
            "signoz",
            "uptrace",
            "splunkotlp",
            "grafanacloudtempo",
            "jaeger",
            "tempo")
        .doesNotContain("kafka", "clickhouse", "debug", "prometheus", "grafanacloudprometheus");
    assertThat(
            ConnectionTargets.plan(
                type("kafka"), Map.of(), Map.of(), Set.of(), Set.of(ObservabilitySignal.TRACES)))
        .isInstanceOfSatisfying(
            ConnectionPlan.NotTestable.class,
            n -> assertThat(n.reason()).startsWith("No connection test for this type"));
  }

  @Test
  void honeycombIsGrpcWithTlsAndTheTypedKeyInItsHeader() {
    ConnectionTarget t =
        ready(
            ConnectionTargets.plan(
                type("honeycomb"),
                Map.of("HONEYCOMB_ENDPOINT", "api.eu1.honeycomb.io"),
                Map.of("HONEYCOMB_API_KEY", KEY),
                Set.of(),
                Set.of(ObservabilitySignal.TRACES)));
    assertThat(t.protocol()).isEqualTo(ConnectionTarget.Protocol.GRPC);
    assertThat(t.address()).isEqualTo("api.eu1.honeycomb.io:443");
    assertThat(t.plaintext()).isFalse();
    assertThat(t.headers()).containsEntry("x-honeycomb-team", KEY);
    assertThat(t.grpcMethod())
        .isEqualTo("opentelemetry.proto.collector.trace.v1.TraceService/Export");
    // what may be logged or shown names the header, never its value
    assertThat(t.describe()).contains("x-honeycomb-team").doesNotContain(KEY);
    assertThat(t.toString()).doesNotContain(KEY);
    assertThat(t.redact("bad key " + KEY + "!")).isEqualTo("bad key •••!");
  }

  @Test
  void otlpHttpUsesTheSignalPathAndBasicAuth() {
    ConnectionTarget t =
        ready(
            ConnectionTargets.plan(
                type("otlphttp"),
                Map.of(
                    "OTLP_HTTP_ENDPOINT", "http://collector.example:4318",
                    "OTLP_HTTP_BASIC_AUTH_USERNAME", "odigos"),
                Map.of("OTLP_HTTP_BASIC_AUTH_PASSWORD", "pw"),
                Set.of(),
                Set.of(ObservabilitySignal.LOGS, ObservabilitySignal.METRICS)));
    assertThat(t.protocol()).isEqualTo(ConnectionTarget.Protocol.HTTP);
    // metrics come before logs; no traces selected
    assertThat(t.address()).isEqualTo("http://collector.example:4318/v1/metrics");
    assertThat(t.path()).isEqualTo("/v1/metrics");
    assertThat(t.headers())
        .containsEntry(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString("odigos:pw".getBytes(StandardCharsets.UTF_8)));
    assertThat(t.describe()).doesNotContain("pw").doesNotContain("b2RpZ29z");
  }

  @Test
  void aSignalUrlOfItsOwnWinsAndDatadogGetsItsIntakeAndKey() {
    ConnectionTarget own =
        ready(
            ConnectionTargets.plan(
                type("otlphttp"),
                Map.of(
                    "OTLP_HTTP_ENDPOINT", "http://c:4318",
                    "OTLP_HTTP_TRACES_ENDPOINT", "http://c:9999/custom/traces"),
                Map.of(),
                Set.of(),
                Set.of(ObservabilitySignal.TRACES)));
    assertThat(own.address()).isEqualTo("http://c:9999/custom/traces");

    ConnectionTarget dd =
        ready(
            ConnectionTargets.plan(
                type("datadog"),
                Map.of("DATADOG_SITE", "datadoghq.eu"),
                Map.of("DATADOG_API_KEY", KEY),
                Set.of(),
                Set.of(ObservabilitySignal.TRACES)));
    assertThat(dd.address()).isEqualTo("https://otlp.datadoghq.eu/v1/traces");
    assertThat(dd.https()).isTrue();
    assertThat(dd.headers()).containsEntry("dd-api-key", KEY);
  }

  @Test
  void aStoredSecretIsNeverReadSoTheUserIsAskedToTypeIt() {
    var plan =
        ConnectionTargets.plan(
            type("honeycomb"),
            Map.of(),
            Map.of(),
            Set.of("HONEYCOMB_API_KEY"),
            Set.of(ObservabilitySignal.TRACES));
    assertThat(plan)
        .isInstanceOfSatisfying(
            ConnectionPlan.NotTestable.class,
            n -> assertThat(n.reason()).startsWith("Type the API Key to test the connection"));
  }

  @Test
  void anIncompleteFormSaysWhatIsMissing() {
    var plan =
        ConnectionTargets.plan(
            type("otlp"), Map.of(), Map.of(), Set.of(), Set.of(ObservabilitySignal.TRACES));
    assertThat(plan)
        .isInstanceOfSatisfying(
            ConnectionPlan.NotTestable.class,
            n -> assertThat(n.reason()).startsWith("Fill the form first").contains("Endpoint"));
  }

  @Test
  void plainGrpcAndClusterOnlyHostsAreRecognised() {
    ConnectionTarget t =
        ready(
            ConnectionTargets.plan(
                type("otlp"),
                Map.of("OTLP_GRPC_ENDPOINT", "http://otel.monitoring.svc.cluster.local"),
                Map.of(),
                Set.of(),
                Set.of()));
    assertThat(t.plaintext()).isTrue();
    assertThat(t.address()).isEqualTo("otel.monitoring.svc.cluster.local:4317");
    assertThat(t.clusterService())
        .contains(new ConnectionTarget.ClusterService("monitoring", "otel", 4317));

    ConnectionTarget http =
        ready(
            ConnectionTargets.plan(
                type("otlphttp"),
                Map.of("OTLP_HTTP_ENDPOINT", "https://sink.obs.svc:8443"),
                Map.of(),
                Set.of(),
                Set.of(ObservabilitySignal.TRACES)));
    var service = http.clusterService().orElseThrow();
    assertThat(ClusterProxyTester.proxyPath(http, service))
        .isEqualTo("/api/v1/namespaces/obs/services/https:sink:8443/proxy/v1/traces");
    assertThat(
            ready(
                    ConnectionTargets.plan(
                        type("otlphttp"),
                        Map.of("OTLP_HTTP_ENDPOINT", "http://collector.example.com:4318"),
                        Map.of(),
                        Set.of(),
                        Set.of()))
                .clusterService())
        .isEmpty();
  }

  @Test
  void aGrpcEndpointInsideTheClusterIsNotTestedAndSaysWhy() {
    ConnectionTarget t =
        ready(
            ConnectionTargets.plan(
                type("otlp"),
                Map.of("OTLP_GRPC_ENDPOINT", "otel.monitoring.svc:4317"),
                Map.of(),
                Set.of(),
                Set.of()));
    ConnectionTester neverCalled =
        x -> {
          throw new AssertionError("must not be called for " + x);
        };
    ConnectionResult r = new RoutingConnectionTester(neverCalled, neverCalled).test(t);
    assertThat(r.ok()).isFalse();
    assertThat(r.message()).contains("resolves only inside the cluster").contains("gRPC");
  }
}
