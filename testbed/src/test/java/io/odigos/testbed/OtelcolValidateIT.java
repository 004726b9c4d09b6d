package io.odigos.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Proof that collector configs are checked by the real collector binary, not by us. */
class OtelcolValidateIT {
  private static final Logger log = LoggerFactory.getLogger(OtelcolValidateIT.class);
  private final Otelcol otelcol = Otelcol.fromTestbed();

  private static final String MINIMAL_GATEWAY =
      """
      receivers:
        otlp:
          protocols:
            grpc:
              endpoint: 0.0.0.0:4317
            http:
              endpoint: 0.0.0.0:4318
      processors:
        memory_limiter:
          check_interval: 1s
          limit_percentage: 75
          spike_limit_percentage: 15
        batch: {}
        resource/odigos-version:
          attributes:
            - key: odigos.version
              value: dev
              action: upsert
      exporters:
        otlp/tempo:
          endpoint: tempo.monitoring:4317
          tls:
            insecure: true
        debug: {}
      extensions:
        health_check:
          endpoint: 0.0.0.0:13133
      service:
        extensions: [health_check]
        pipelines:
          traces/tempo:
            receivers: [otlp]
            processors: [memory_limiter, resource/odigos-version, batch]
            exporters: [otlp/tempo]
          metrics/debug:
            receivers: [otlp]
            processors: [memory_limiter, batch]
            exporters: [debug]
      """;

  @Test
  void acceptsAMinimalGatewayConfig() {
    log.info("collector under test: {} ({})", otelcol.binary(), otelcol.version());
    Otelcol.Result result = otelcol.validateYaml(MINIMAL_GATEWAY);
    assertThat(result.ok()).as("validate output:%n%s", result.output()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pipeline uses an undefined exporter | exporters: [otlp/tempo] | exporters: [otlp/nowhere] | otlp/nowhere",
        "processor setting of the wrong type | limit_percentage: 75 | limit_percentage: lots | limit_percentage"
      })
  void rejectsABrokenConfigAndSaysWhy(String what, String from, String to, String named) {
    Otelcol.Result result = otelcol.validateYaml(MINIMAL_GATEWAY.replace(from, to));
    log.info(
        "collector rejected the config ({}), exit {}:\n{}",
        what,
        result.exitCode(),
        result.output().strip());
    assertThat(result.ok()).isFalse();
    assertThat(result.output()).contains(named);
  }
}
