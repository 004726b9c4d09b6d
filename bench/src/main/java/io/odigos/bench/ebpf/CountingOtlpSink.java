package io.odigos.bench.ebpf;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal OTLP/HTTP trace receiver ({@code POST /v1/traces}, binary protobuf) that parses each
 * request and counts its spans: the benchmark's destination, so that the exporter does its real
 * work (serialise, send over a local connection) without a collector competing with the server
 * under test for the machine's few cores. Malformed bodies are answered 400 and counted.
 */
final class CountingOtlpSink implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final AtomicLong spans = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong malformed = new AtomicLong();

  private CountingOtlpSink() throws IOException {
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    this.executor =
        Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("otlp-sink").factory());
    server.setExecutor(executor);
    server.createContext("/v1/traces", this::export);
    server.start();
  }

  private void export(HttpExchange x) throws IOException {
    try (x) {
      if (!x.getRequestMethod().equals("POST")) {
        x.sendResponseHeaders(405, -1);
        return;
      }
      ExportTraceServiceRequest request;
      try (InputStream in = x.getRequestBody()) {
        request = ExportTraceServiceRequest.parseFrom(in);
      } catch (IOException e) {
        malformed.incrementAndGet();
        x.sendResponseHeaders(400, -1);
        return;
      }
      long n = 0;
      for (ResourceSpans rs : request.getResourceSpansList()) {
        for (ScopeSpans ss : rs.getScopeSpansList()) {
          n += ss.getSpansCount();
        }
      }
      spans.addAndGet(n);
      requests.incrementAndGet();
      x.getResponseHeaders().add("Content-Type", "application/x-protobuf");
      x.sendResponseHeaders(200, -1); // an empty ExportTraceServiceResponse
    }
  }

  static CountingOtlpSink start() throws IOException {
    return new CountingOtlpSink();
  }

  /** {@code http://host:port}, as the exporter takes it. */
  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  long spans() {
    return spans.get();
  }

  /** Export requests received: spans() / requests() is the exporter's batch size. */
  long requests() {
    return requests.get();
  }

  /** Requests whose body was not an ExportTraceServiceRequest. */
  long malformed() {
    return malformed.get();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
