package io.odigos.console.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {
  static final String TEXT =
      """
      # HELP otelcol_receiver_accepted_spans Number of spans successfully pushed into the pipeline.
      # TYPE otelcol_receiver_accepted_spans counter
      otelcol_receiver_accepted_spans{receiver="otlp",service_instance_id="a,b",transport="grpc"} 10
      otelcol_receiver_accepted_spans{receiver="otlp",transport="http"} 5
      otelcol_exporter_sent_spans_total{exporter="otlp/honeycomb-1",note="say \\"hi\\""} 7 1700000000000
      otelcol_exporter_sent_spans{exporter="debug/debug-1"} 3
      otelcol_process_uptime 12.5
      broken{label="unterminated} 1
      also broken
      """;

  @Test
  void parsesLabelsEscapesAndTimestamps() {
    var samples = PrometheusText.parse(TEXT);
    assertThat(samples).hasSize(5);
    assertThat(samples.get(0).labels())
        .containsEntry("service_instance_id", "a,b")
        .containsEntry("transport", "grpc");
    assertThat(samples.get(2).labels()).containsEntry("note", "say \"hi\"");
    assertThat(samples.get(2).value()).isEqualTo(7);
    assertThat(samples.get(4).name()).isEqualTo("otelcol_process_uptime");
  }

  @Test
  void countersSumReceiversAndSplitExportersWithOrWithoutTotalSuffix() {
    CollectorCounters c = CollectorCounters.of(PrometheusText.parse(TEXT));
    assertThat(c.acceptedSpans()).isEqualTo(15);
    assertThat(c.sentSpans()).isEqualTo(10);
    assertThat(c.sentSpansTo("honeycomb-1")).isEqualTo(7);
    assertThat(c.sentSpansTo("debug-1")).isEqualTo(3);
    assertThat(c.sentSpansTo("other")).isZero();
  }

  @Test
  void ratesComeFromTwoSamplesAndResetWhenACounterGoesDown() {
    RateTracker r = new RateTracker(3);
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    assertThat(r.sample("k", t0, 100)).isEmpty();
    assertThat(r.sample("k", t0.plusSeconds(5), 150)).hasValue(10.0);
    assertThat(r.sample("k", t0.plusSeconds(10), 20)).isEmpty(); // restarted collector
    assertThat(r.sample("k", t0.plusSeconds(12), 30)).hasValue(5.0);
    r.sample("k", t0.plusSeconds(13), 31);
    r.sample("k", t0.plusSeconds(14), 32);
    assertThat(r.history("k")).containsExactly(5.0, 1.0, 1.0);
    assertThat(r.rate("k")).hasValue(1.0);
  }

  @Test
  void proxyPathsGoThroughTheApiServer() {
    assertThat(ProxyPaths.service("odigos-system", "odigos-gateway", 8888, "/metrics"))
        .isEqualTo("/api/v1/namespaces/odigos-system/services/odigos-gateway:8888/proxy/metrics");
    assertThat(ProxyPaths.pod("odigos-system", "odigos-gateway-7d9f-abc", 55682, "/metrics"))
        .isEqualTo(
            "/api/v1/namespaces/odigos-system/pods/odigos-gateway-7d9f-abc:55682/proxy/metrics");
  }
}
