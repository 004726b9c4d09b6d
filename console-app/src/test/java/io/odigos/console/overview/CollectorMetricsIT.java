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

  /**
   * The in-cluster path for real: a Pod object whose podIP is this machine's own (non-loopback)
   * address, a collector listening there, and the scraper reading it through the real API server's
   * pod proxy, as it does from a user's kubeconfig.
   */
  @Test
  void theScraperReadsARealCollectorThroughTheApiServersPodProxy(ApiServer api) throws Exception {
    String hostIp =
        java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
            .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
            .filter(
                a ->
                    a instanceof java.net.Inet4Address
                        && !a.isLoopbackAddress()
                        && !a.isLinkLocalAddress())
            .map(java.net.InetAddress::getHostAddress)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "this test needs a non-loopback IPv4 address (the API server refuses to proxy to loopback)"));
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
              readers:
                - pull:
                    exporter:
                      prometheus: {host: "%s", port: %d}
          pipelines:
            traces: {receivers: [otlp], exporters: [debug/debug-1]}
        """
            .formatted(otlp, hostIp, metrics);
    String ns = api.createNamespace("metrics-proxy");
    var client = api.client();
    io.odigos.model.v1alpha1.CollectorsGroup g = new io.odigos.model.v1alpha1.CollectorsGroup();
    g.setMetadata(
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
            .withName("odigos-gateway")
            .withNamespace(ns)
            .build());
    io.odigos.model.v1alpha1.CollectorsGroupSpec spec =
        new io.odigos.model.v1alpha1.CollectorsGroupSpec();
    spec.setRole(io.odigos.model.v1alpha1.CollectorsGroupRole.CLUSTER_GATEWAY);
    spec.setCollectorOwnMetricsPort(metrics);
    spec.setResourcesSettings(
        io.fabric8.kubernetes.client.utils.Serialization.unmarshal(
            "{\"memoryRequestMiB\":256,\"memoryLimitMiB\":512,\"cpuRequestMillicores\":100,"
                + "\"cpuLimitMillicores\":500,\"gomemlimitMiB\":360,\"memoryLimiterLimitMiB\":400,"
                + "\"memoryLimiterSpikeLimitMiB\":80}",
            io.odigos.model.v1alpha1.CollectorsGroupSpec.ResourcesSettings.class));
    g.setSpec(spec);
    client
        .resources(io.odigos.model.v1alpha1.CollectorsGroup.class)
        .inNamespace(ns)
        .resource(g)
        .create();
    var pod =
        client
            .pods()
            .inNamespace(ns)
            .resource(
                new io.fabric8.kubernetes.api.model.PodBuilder()
                    .withNewMetadata()
                    .withName("odigos-gateway-0")
                    .withLabels(Map.of("odigos.io/collector", "odigos-gateway"))
                    .endMetadata()
                    .withNewSpec()
                    .addNewContainer()
                    .withName("collector")
                    .withImage("otelcol")
                    .endContainer()
                    .endSpec()
                    .build())
            .create();
    pod.setStatus(
        new io.fabric8.kubernetes.api.model.PodStatusBuilder()
            .withPhase("Running")
            .withPodIP(hostIp)
            .build());
    client.pods().inNamespace(ns).resource(pod).updateStatus();

    KubeMetricsScraper scraper = new KubeMetricsScraper(client, ns);
    try (RunningCollector collector =
        RunningCollector.start(Otelcol.fromTestbed(), config, otlp, Map.of())) {
      OtlpSender sender = new OtlpSender(otlp);
      RateTracker rates = new RateTracker(5);
      sender.sendSpans(List.of(new Span("warmup", "GET /", 1, false, Map.of())));
      CollectorCounters before =
          await()
              .atMost(Duration.ofSeconds(20))
              .ignoreExceptions()
              .until(
                  () ->
                      CollectorCounters.of(PrometheusText.parse(scraper.scrape("odigos-gateway"))),
                  c -> c.sentSpansTo("debug-1") >= 1);
      Instant t0 = Instant.now();
      rates.sample("sent", t0, before.sentSpansTo("debug-1"));
      sender.sendSpans(
          IntStream.range(0, 20)
              .mapToObj(i -> new Span("cart", "GET /cart", 2, false, Map.of()))
              .toList());
      CollectorCounters after =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(
                  () ->
                      CollectorCounters.of(PrometheusText.parse(scraper.scrape("odigos-gateway"))),
                  c -> c.sentSpansTo("debug-1") >= before.sentSpansTo("debug-1") + 20);
      OptionalDouble rate = rates.sample("sent", Instant.now(), after.sentSpansTo("debug-1"));
      assertThat(rate.orElseThrow()).isPositive();
      System.out.printf(
          "through the API server pod proxy: %.0f spans sent, %.1f spans/s%n",
          after.sentSpansTo("debug-1"), rate.getAsDouble());
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
