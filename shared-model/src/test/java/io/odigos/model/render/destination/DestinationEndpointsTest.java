package io.odigos.model.render.destination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DestinationEndpointsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "tempo.tracing                | false | tempo.tracing:4317      | true",
        "tempo.tracing:9999           | false | tempo.tracing:9999      | true",
        "tempo.tracing                | true  | tempo.tracing:4317      | false",
        "http://tempo.tracing         | true  | tempo.tracing:4317      | true",
        "https://tempo.example.com    | false | tempo.example.com:443   | false",
        "HTTPS://tempo.example.com:4317 | false | tempo.example.com:4317 | false",
        "localhost                    | false | localhost:4317          | true",
        "10.0.0.7:4317                | false | 10.0.0.7:4317           | true",
        "[::1]:4317                   | false | [::1]:4317              | true",
        "tempo:4317                   | false | tempo:4317              | true",
      })
  void grpcTargets(String raw, boolean tlsWithoutScheme, String endpoint, boolean insecure)
      throws InvalidDestinationException {
    assertThat(Endpoints.grpc(raw, "Endpoint", 4317, tlsWithoutScheme))
        .isEqualTo(new Endpoints.GrpcTarget(endpoint, insecure));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "abc                  | give a port or a scheme",
        "'   '                | it is empty",
        "http://              | expected [scheme://]host[:port][/path]",
        "host:port            | expected [scheme://]host[:port][/path]",
        "host.example:70000   | port 70000 is out of range",
        "https://u:p@host.io  | credentials belong in the Secret",
        "1http://host.io      | is not a scheme",
        "http://host.io/#x    | a #fragment is not allowed",
      })
  void rejectsGarbage(String raw, String reason) {
    assertThat(Endpoints.problem(raw)).get().asString().contains(reason);
    assertThatThrownBy(() -> Endpoints.parse(raw, "Endpoint"))
        .isInstanceOf(InvalidDestinationException.class)
        .hasMessageContaining("is not a valid URL for Endpoint: ")
        .hasMessageContaining(reason);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ftp://tempo.io:21, not ftp", "http://tempo.io:4317/v1, has no path"})
  void grpcRejectsOtherSchemesAndPaths(String raw, String reason) {
    assertThatThrownBy(() -> Endpoints.grpc(raw, "Endpoint", 4317, false))
        .hasMessageContaining(reason);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "loki.loki             | http://loki.loki:3100/otlp",
        "https://loki.example/ | https://loki.example/otlp",
        "http://loki:3100/loki/api/v1/push | http://loki:3100/otlp",
        "http://gw.io/tenant-a/loki/api/v1/push | http://gw.io/tenant-a/otlp",
        "http://gw.io/custom/otlp?x=1 | http://gw.io/custom/otlp?x=1",
      })
  void lokiUrls(String raw, String url) throws InvalidDestinationException {
    DestinationValues v =
        DestinationValues.of(
            io.odigos.model.catalog.DestinationCatalog.defaultCatalog().find("loki").orElseThrow(),
            "l",
            java.util.Map.of("LOKI_URL", raw),
            java.util.Set.of(),
            java.util.Set.of(io.odigos.model.v1alpha1.ObservabilitySignal.LOGS));
    assertThat(LokiOtlp.url(v, "LOKI_URL", "http", 3100)).isEqualTo(url);
  }
}
