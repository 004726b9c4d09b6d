package io.odigos.odiglet.ebpf.trace;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.TraceServiceGrpc;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the eBPF spans to the node collector over OTLP/gRPC: spans are queued without blocking the
 * ring-buffer reader (a full queue drops and counts), and a daemon thread exports them in batches,
 * grouped by process resource, every flush interval or as soon as a batch is full.
 */
public final class OtlpTraceExporter implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OtlpTraceExporter.class);
  static final InstrumentationScope SCOPE =
      InstrumentationScope.newBuilder().setName("io.odigos.ebpf.go").setVersion("0.1.0").build();
  private static final int BATCH = 512;

  private record Queued(Resource resource, Span span) {}

  private final ManagedChannel channel;
  private final TraceServiceGrpc.TraceServiceBlockingStub stub;
  private final BlockingQueue<Queued> queue;
  private final Duration flushInterval;
  private final Thread worker;
  private final AtomicLong exported = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong failedBatches = new AtomicLong();
  private volatile boolean running = true;

  /**
   * @param endpoint the collector's OTLP/gRPC address, {@code host:port}
   */
  public OtlpTraceExporter(String endpoint, Duration flushInterval, int maxQueued) {
    this.channel = Grpc.newChannelBuilder(endpoint, InsecureChannelCredentials.create()).build();
    this.stub = TraceServiceGrpc.newBlockingStub(channel);
    this.queue = new ArrayBlockingQueue<>(maxQueued);
    this.flushInterval = flushInterval;
    this.worker = Thread.ofPlatform().daemon().name("ebpf-otlp-export").start(this::run);
  }

  /** Queues a span; never blocks. */
  public void enqueue(Resource resource, Span span) {
    if (!queue.offer(new Queued(resource, span))) {
      dropped.incrementAndGet();
    }
  }

  public long exported() {
    return exported.get();
  }

  public long dropped() {
    return dropped.get();
  }

  public long failedBatches() {
    return failedBatches.get();
  }

  private void run() {
    List<Queued> batch = new ArrayList<>(BATCH);
    while (running || !queue.isEmpty()) {
      try {
        Queued first = queue.poll(flushInterval.toMillis(), TimeUnit.MILLISECONDS);
        if (first != null) {
          batch.add(first);
          queue.drainTo(batch, BATCH - 1);
        }
      } catch (InterruptedException e) {
        running = false;
      }
      if (!batch.isEmpty()) {
        export(batch);
        batch.clear();
      }
    }
  }

  private void export(List<Queued> batch) {
    Map<Resource, List<Span>> byResource = new LinkedHashMap<>();
    for (Queued q : batch) {
      byResource.computeIfAbsent(q.resource(), r -> new ArrayList<>()).add(q.span());
    }
    ExportTraceServiceRequest.Builder request = ExportTraceServiceRequest.newBuilder();
    byResource.forEach(
        (resource, spans) ->
            request.addResourceSpans(
                ResourceSpans.newBuilder()
                    .setResource(resource)
                    .addScopeSpans(ScopeSpans.newBuilder().setScope(SCOPE).addAllSpans(spans))));
    try {
      stub.withDeadlineAfter(5, TimeUnit.SECONDS).export(request.build());
      exported.addAndGet(batch.size());
    } catch (RuntimeException e) {
      failedBatches.incrementAndGet();
      dropped.addAndGet(batch.size());
      log.warn("cannot export {} spans to the node collector: {}", batch.size(), e.getMessage());
    }
  }

  /** Exports what is queued, then closes the connection. */
  @Override
  public void close() {
    running = false; // the worker drains the queue within one flush interval, then stops
    try {
      worker.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    channel.shutdown();
    try {
      channel.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
