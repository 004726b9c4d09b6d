package io.odigos.bench.ebpf;

import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.TraceServiceGrpc;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal OTLP/gRPC trace receiver that counts the spans it gets: the benchmark's destination, so
 * that the exporter does its real work (serialise, send over a local connection) without a
 * collector competing with the server under test for the machine's few cores.
 */
final class CountingOtlpSink implements AutoCloseable {
  private final Server server;
  private final AtomicLong spans = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();

  private CountingOtlpSink() throws IOException {
    this.server =
        NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
            .addService(
                new TraceServiceGrpc.TraceServiceImplBase() {
                  @Override
                  public void export(
                      ExportTraceServiceRequest request,
                      StreamObserver<ExportTraceServiceResponse> response) {
                    long n = 0;
                    for (ResourceSpans rs : request.getResourceSpansList()) {
                      for (ScopeSpans ss : rs.getScopeSpansList()) {
                        n += ss.getSpansCount();
                      }
                    }
                    spans.addAndGet(n);
                    requests.incrementAndGet();
                    response.onNext(ExportTraceServiceResponse.getDefaultInstance());
                    response.onCompleted();
                  }
                })
            .build()
            .start();
  }

  static CountingOtlpSink start() throws IOException {
    return new CountingOtlpSink();
  }

  /** {@code host:port}, as the exporter takes it. */
  String endpoint() {
    return "127.0.0.1:" + server.getPort();
  }

  long spans() {
    return spans.get();
  }

  /** Export requests received: spans() / requests() is the exporter's batch size. */
  long requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.shutdownNow();
    try {
      server.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
