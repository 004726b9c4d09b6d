package io.odigos.odiglet.ebpf.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exporter against a real HTTP server (the JDK's) that parses what it gets with the OTLP
 * protobuf classes: the hand-written encoding must be a valid ExportTraceServiceRequest.
 */
class OtlpTraceExporterTest {
  private static final EpochClock CLOCK = EpochClock.withOffset(1_000_000_000_000L);
  private HttpServer server;
  private final List<ExportTraceServiceRequest> received = new CopyOnWriteArrayList<>();
  private final List<String> contentTypes = new CopyOnWriteArrayList<>();
  private final AtomicInteger answer = new AtomicInteger(200);

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
    server.createContext(
        "/v1/traces",
        x -> {
          try (x;
              InputStream in = x.getRequestBody()) {
            received.add(ExportTraceServiceRequest.parseFrom(in));
            contentTypes.add(x.getRequestHeaders().getFirst("Content-Type"));
            x.sendResponseHeaders(answer.get(), -1);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static ByteBuffer event(int tgid, String path) {
    ByteBuffer b = GoEventsTest.http(1, "GET", path, "svc:8080", "GET /items/{id}", 200);
    return b.putInt(4, tgid);
  }

  private static Map<String, String> attributes(List<KeyValue> kvs) {
    return kvs.stream()
        .collect(
            java.util.stream.Collectors.toMap(
                KeyValue::getKey,
                kv ->
                    kv.getValue().hasIntValue()
                        ? Long.toString(kv.getValue().getIntValue())
                        : kv.getValue().getStringValue()));
  }

  private void await(java.util.function.BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!done.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  @Test
  void spansOfTwoProcessesGoInOneRequestUnderTheirOwnResources() throws Exception {
    ProcessTelemetry a = ProcessTelemetry.of(Map.of("service.name", "a"), 11, "go1.23.4", "");
    ProcessTelemetry b = ProcessTelemetry.of(Map.of("service.name", "b"), 12, "go1.26.0", "");
    String longPath = "/items/" + "x".repeat(120); // a span and attribute longer than 127 bytes
    try (OtlpTraceExporter exporter =
        new OtlpTraceExporter(endpoint(), Duration.ofSeconds(30), 1000)) {
      exporter.enqueue(a, event(11, "/items/1"), CLOCK);
      exporter.enqueue(b, event(12, longPath), CLOCK);
      exporter.enqueue(a, event(11, "/items/2"), CLOCK);
    } // close() sends what is pending
    assertThat(received).hasSize(1);
    assertThat(contentTypes).containsExactly("application/x-protobuf");
    List<ResourceSpans> rs = received.getFirst().getResourceSpansList();
    assertThat(rs).hasSize(2);
    Map<String, ResourceSpans> byService =
        rs.stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    r -> attributes(r.getResource().getAttributesList()).get("service.name"),
                    r -> r));
    assertThat(attributes(byService.get("a").getResource().getAttributesList()))
        .containsEntry("process.pid", "11")
        .containsEntry("process.runtime.version", "go1.23.4");
    var scopeA = byService.get("a").getScopeSpans(0);
    assertThat(scopeA.getScope().getName()).isEqualTo(OtlpTraceExporter.SCOPE_NAME);
    assertThat(scopeA.getSpansList())
        .extracting(s -> attributes(s.getAttributesList()).get("url.path"))
        .containsExactly("/items/1", "/items/2");
    Span spanB = byService.get("b").getScopeSpans(0).getSpans(0);
    assertThat(spanB.getName()).isEqualTo("GET /items/{id}");
    assertThat(spanB.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_SERVER);
    assertThat(spanB.getStartTimeUnixNano()).isEqualTo(1_000_000_005_000L);
    assertThat(attributes(spanB.getAttributesList()))
        .containsEntry("url.path", longPath)
        .containsEntry("http.route", "/items/{id}")
        .containsEntry("server.port", "8080");
  }

  @Test
  void sendsEveryFlushIntervalAndCountsWhatWasExported() throws Exception {
    ProcessTelemetry a = ProcessTelemetry.of(Map.of("service.name", "a"), 11, "go1.23.4", "");
    try (OtlpTraceExporter exporter =
        new OtlpTraceExporter(endpoint(), Duration.ofMillis(50), 1000)) {
      for (int i = 0; i < 5; i++) {
        exporter.enqueue(a, event(11, "/n/" + i), CLOCK);
      }
      await(() -> exporter.exported() == 5);
      assertThat(exporter.exported()).isEqualTo(5);
      assertThat(exporter.requests()).isEqualTo(1);
      exporter.enqueue(a, event(11, "/later"), CLOCK);
      await(() -> exporter.exported() == 6);
      assertThat(exporter.requests()).isEqualTo(2);
      assertThat(exporter.dropped()).isZero();
    }
    assertThat(
            received.stream().mapToInt(r -> r.getResourceSpans(0).getScopeSpans(0).getSpansCount()))
        .containsExactly(5, 1);
  }

  @Test
  void aFullQueueAndARefusingCollectorDropAndCount() throws Exception {
    answer.set(503);
    ProcessTelemetry a = ProcessTelemetry.of(Map.of("service.name", "a"), 11, "go1.23.4", "");
    try (OtlpTraceExporter exporter =
        new OtlpTraceExporter(endpoint(), Duration.ofSeconds(30), 3)) {
      for (int i = 0; i < 5; i++) {
        exporter.enqueue(a, event(11, "/n/" + i), CLOCK);
      }
      assertThat(exporter.dropped()).isEqualTo(2); // beyond maxQueued
      exporter.close();
      assertThat(exporter.exported()).isZero();
      assertThat(exporter.dropped()).isEqualTo(5); // + the 3 the collector refused
      assertThat(exporter.failedBatches()).isEqualTo(1);
    }
  }

  @Test
  void endpointsBecomeTheTracesUrl() {
    assertThat(OtlpTraceExporter.tracesUri("10.0.0.1:4318"))
        .hasToString("http://10.0.0.1:4318/v1/traces");
    assertThat(OtlpTraceExporter.tracesUri("http://node:4318/"))
        .hasToString("http://node:4318/v1/traces");
    assertThat(OtlpTraceExporter.tracesUri("http://gw/otlp/v1/traces"))
        .hasToString("http://gw/otlp/v1/traces");
    assertThatThrownBy(() -> OtlpTraceExporter.tracesUri("https://gw/otlp/v1/traces"))
        .hasMessageContaining("https is not supported");
    assertThatThrownBy(() -> OtlpTraceExporter.tracesUri(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OtlpTraceExporter.tracesUri("grpc://node:4317"))
        .hasMessageContaining("not an OTLP/HTTP endpoint");
    assertThatThrownBy(() -> OtlpTraceExporter.tracesUri("http://bad host:1"))
        .hasMessageContaining("not an OTLP/HTTP endpoint");
  }
}
