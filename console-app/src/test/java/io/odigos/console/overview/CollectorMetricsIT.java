package io.odigos.console.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.odigos.testbed.ApiServer;
import io.odigos.testbed.Otelcol;
import io.odigos.testbed.OtlpSender;
import io.odigos.testbed.OtlpSender.Span;
import io.odigos.testbed.RunningCollector;
import io.odigos.testbed.WithRealApiServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The metrics parsing against a REAL collector's own Prometheus endpoint: spans are sent through it
 * between two scrapes, and the rate must come out positive. The API server's proxy cannot reach a
 * process on this machine, so the scraper's in-cluster path is tested for its failure message.
 */
@WithRealApiServer
class CollectorMetricsIT {

  private static String scrape(HttpClient http, int port) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  @Test
  void aRealCollectorsCountersBecomePositiveRates() throws Exception {
    int otlp = RunningCollector.freePort();
    int metrics = RunningCollector.freePort();
    String config =
        """
        receivers:
          otlp:
            protocols:
              http: {endpoint: "127.0.0.1:%d"}
        exporters:
          debug/debug-1: {verbosity: basic}
        service:
          telemetry:
            metrics:
              level: detailed
              readers:
                - pull:
                    exporter:
                      prometheus: {host: 127.0.0.1, port: %d}
          pipelines:
            traces: {receivers: [otlp], exporters: [debug/debug-1]}
        """
            .formatted(otlp, metrics);
    try (RunningCollector collector =
        RunningCollector.start(Otelcol.fromTestbed(), config, metrics, Map.of())) {
      HttpClient http = HttpClient.newHttpClient();
      OtlpSender sender = new OtlpSender(otlp);
      sender.sendSpans(List.of(new Span("warmup", "GET /", 1, false, Map.of())));
      // the first scrape: counters exist once a span went through
      String first =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(() -> scrape(http, metrics), t -> t.contains("otelcol_exporter_sent_spans"));
      Instant t0 = Instant.now();
      CollectorCounters before = CollectorCounters.of(PrometheusText.parse(first));
      RateTracker rates = new RateTracker(10);
      rates.sample("accepted", t0, before.acceptedSpans());
      rates.sample("sent", t0, before.sentSpansTo("debug-1"));

      List<Span> batch = new ArrayList<>();
      IntStream.range(0, 50)
          .forEach(
              i -> batch.add(new Span("checkout", "POST /pay", 5, false, Map.of("i", "" + i))));
      sender.sendSpans(batch);
      sender.sendSpans(batch);

      CollectorCounters after =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(
                  () -> CollectorCounters.of(PrometheusText.parse(scrape(http, metrics))),
                  c -> c.sentSpansTo("debug-1") >= before.sentSpansTo("debug-1") + 100);
      Instant t1 = Instant.now();
      assertThat(after.acceptedSpans()).isGreaterThanOrEqualTo(before.acceptedSpans() + 100);
      OptionalDouble accepted = rates.sample("accepted", t1, after.acceptedSpans());
      OptionalDouble sent = rates.sample("sent", t1, after.sentSpansTo("debug-1"));
      assertThat(accepted).isPresent();
      assertThat(accepted.getAsDouble()).isPositive();
      assertThat(sent.getAsDouble()).isPositive();
      double seconds = Duration.between(t0, t1).toNanos() / 1e9;
      assertThat(sent.getAsDouble() * seconds).isGreaterThanOrEqualTo(100 - 1e-6);
      System.out.printf(
          "real collector: %.0f spans accepted, %.1f spans/s sent over %.2f s%n",
          after.acceptedSpans(), sent.getAsDouble(), seconds);
    }
  }

  @Test
  void theInClusterScraperSaysWhyItCannotReadMetrics(ApiServer api) {
    String ns = api.createNamespace("metrics");
    KubeMetricsScraper scraper = new KubeMetricsScraper(api.client(), ns);
    assertThatThrownBy(() -> scraper.scrape("odigos-gateway"))
        .isInstanceOf(MetricsScraper.Unreachable.class)
        .hasMessageContaining("CollectorsGroup odigos-gateway is missing");
  }
}
