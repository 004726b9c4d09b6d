package io.odigos.odiglet.ebpf.trace;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the eBPF spans to the node collector over OTLP/HTTP ({@code POST /v1/traces}, binary
 * protobuf) over one kept-alive plain HTTP/1.1 connection ({@link HttpPostConnection}). Each
 * ring-buffer record is written as a protobuf span straight into its process's pending buffer on
 * the ring buffer's thread ({@link #enqueue}, by a {@link RecordSpanWriter}: no message objects, no
 * hand-off per span, never blocks; beyond {@code maxQueued} pending spans it drops and counts). One
 * daemon thread sends everything pending every flush interval, or as soon as a megabyte is pending,
 * as one request whose resources (one per process, encoded once per flush) frame the spans.
 *
 * <p>Why not OTLP/gRPC: with grpc-java per-call costs and netty's buffers the export path cost tens
 * of microseconds of CPU per span and over 60 MB of extra RSS; a few large HTTP/1.1 requests per
 * second cost well under a microsecond per span. Why not the JDK's HttpClient: its selector and
 * executor threads cost about a microsecond per span more, and its classes a few megabytes.
 */
public final class OtlpTraceExporter implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OtlpTraceExporter.class);
  static final String SCOPE_NAME = "io.odigos.ebpf.go";
  static final String SCOPE_VERSION = "0.1.0";

  /**
   * Pending bytes that make the exporter send before its interval is up: a quarter of a megabyte
   * keeps each buffer smaller than the young generation (an array that is not goes straight to the
   * old one, which then grows the heap) at the cost of a few more requests per second.
   */
  static final int FLUSH_BYTES = 256 * 1024;

  private static final byte[] SCOPE = scope();
  private static final int SPANS = 2; // ScopeSpans.spans

  /** The spans of one process since the last flush. */
  private static final class Pending {
    final byte[] resource;
    ProtoWriter spans;
    int count;

    Pending(ProcessTelemetry p, ProtoWriter spans) {
      this.resource = p.resource().toByteArray();
      this.spans = spans;
    }
  }

  private record Outgoing(byte[] resource, ProtoWriter spans, int count) {}

  private final HttpPostConnection connection;
  private final RecordSpanWriter spanWriter = new RecordSpanWriter();
  private final URI uri;
  private final long flushNanos;
  private final int maxQueued;
  private final Thread worker;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wake = lock.newCondition();
  private final Map<ProcessTelemetry, Pending> pending = new IdentityHashMap<>();
  private final ArrayDeque<ProtoWriter> spare = new ArrayDeque<>();
  private final ProtoWriter body = new ProtoWriter(64 * 1024);
  private int queued;
  private int queuedBytes;
  private boolean flushSoon;
  private final AtomicLong exported = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong failedBatches = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private volatile boolean running = true;

  /**
   * @param endpoint the collector's OTLP/HTTP address: {@code host:port} or {@code
   *     http://host:port}, to which {@code /v1/traces} is added, or a full URL ending in {@code
   *     /v1/traces}
   * @param maxQueued spans pending at most (beyond, new ones are dropped and counted)
   */
  public OtlpTraceExporter(String endpoint, Duration flushInterval, int maxQueued) {
    this.uri = tracesUri(endpoint);
    if (flushInterval.isNegative() || flushInterval.isZero()) {
      throw new IllegalArgumentException("flush interval must be positive: " + flushInterval);
    }
    this.flushNanos = flushInterval.toNanos();
    this.maxQueued = maxQueued;
    this.connection = new HttpPostConnection(uri, "application/x-protobuf", Duration.ofSeconds(10));
    this.worker = Thread.ofPlatform().daemon().name("ebpf-otlp-export").start(this::run);
  }

  /**
   * {@code host:port}, {@code http://host:port[/]} or a full URL → the traces URL. Plain http only:
   * the node collector's receiver is on the node.
   */
  static URI tracesUri(String endpoint) {
    String e = endpoint == null ? "" : endpoint.strip();
    if (e.isEmpty()) {
      throw new IllegalArgumentException("no OTLP endpoint given");
    }
    if (!e.contains("://")) {
      e = "http://" + e;
    }
    URI u;
    try {
      u = URI.create(e);
    } catch (IllegalArgumentException bad) {
      throw new IllegalArgumentException(
          "not an OTLP/HTTP endpoint (host:port or http://host:port): " + endpoint, bad);
    }
    if ("https".equals(u.getScheme())) {
      throw new IllegalArgumentException(
          "https is not supported for the node collector's OTLP/HTTP receiver: " + endpoint);
    }
    if (u.getHost() == null || !u.getScheme().equals("http")) {
      throw new IllegalArgumentException(
          "not an OTLP/HTTP endpoint (host:port or http://host:port): " + endpoint);
    }
    String path = u.getPath() == null ? "" : u.getPath();
    if (path.endsWith("/v1/traces")) {
      return u;
    }
    return URI.create(
        u.getScheme()
            + "://"
            + u.getRawAuthority()
            + (path.endsWith("/") ? path.substring(0, path.length() - 1) : path)
            + "/v1/traces");
  }

  /** The URL spans are posted to. */
  public URI uri() {
    return uri;
  }

  /**
   * Writes the ring-buffer record (from its position to its limit) as a span of {@code process}, to
   * go with the next flush; never blocks.
   *
   * @throws MalformedEventException when the record is not one the probes write (nothing queued)
   */
  public void enqueue(ProcessTelemetry process, ByteBuffer record, EpochClock clock)
      throws MalformedEventException {
    byte[] rec;
    int off;
    int len = record.remaining();
    if (record.hasArray()) {
      rec = record.array();
      off = record.arrayOffset() + record.position();
    } else {
      rec = new byte[len];
      record.get(record.position(), rec);
      off = 0;
    }
    lock.lock();
    try {
      if (queued >= maxQueued) {
        dropped.incrementAndGet();
        return;
      }
      Pending p = pending.get(process);
      if (p == null) {
        p = new Pending(process, writer());
        pending.put(process, p);
      }
      ProtoWriter w = p.spans;
      int before = w.size();
      try {
        int m = w.begin(SPANS);
        spanWriter.write(w, rec, off, len, clock, process.dbSystem());
        w.end(m);
      } catch (MalformedEventException | RuntimeException e) {
        w.truncate(before);
        throw e;
      }
      p.count++;
      queued++;
      queuedBytes += w.size() - before;
      if (queuedBytes >= FLUSH_BYTES && !flushSoon) {
        flushSoon = true;
        wake.signal();
      }
    } finally {
      lock.unlock();
    }
  }

  private ProtoWriter writer() {
    ProtoWriter w = spare.poll();
    return w != null ? w : new ProtoWriter(16 * 1024);
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

  /** Export requests sent (each carries every span pending at its flush). */
  public long requests() {
    return requests.get();
  }

  private void run() {
    List<Outgoing> out = new ArrayList<>();
    boolean last = false;
    while (!last) {
      last = !running;
      take(out, !last);
      if (!out.isEmpty()) {
        send(out);
        recycle(out);
        out.clear();
      }
    }
    connection.close();
  }

  /** Waits for the interval (or a full buffer), then takes every process's pending spans. */
  private void take(List<Outgoing> out, boolean wait) {
    lock.lock();
    try {
      if (wait && !flushSoon) {
        try {
          wake.awaitNanos(flushNanos);
        } catch (InterruptedException e) {
          running = false;
        }
      }
      flushSoon = false;
      for (Iterator<Pending> it = pending.values().iterator(); it.hasNext(); ) {
        Pending p = it.next();
        if (p.count == 0) {
          spare.push(p.spans); // idle since the last flush (or its process is gone)
          it.remove();
          continue;
        }
        out.add(new Outgoing(p.resource, p.spans, p.count));
        p.spans = writer();
        p.count = 0;
      }
      queued = 0;
      queuedBytes = 0;
    } finally {
      lock.unlock();
    }
  }

  private void recycle(List<Outgoing> out) {
    lock.lock();
    try {
      for (Outgoing o : out) {
        o.spans().shrinkTo(4 * FLUSH_BYTES);
        if (spare.size() < 8) {
          spare.push(o.spans());
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /** One ExportTraceServiceRequest: a ResourceSpans (1) per process, one ScopeSpans (2) each. */
  private void send(List<Outgoing> out) {
    body.shrinkTo(8 * FLUSH_BYTES);
    int spans = 0;
    for (Outgoing o : out) {
      int scopeSpans = 1 + ProtoWriter.varintSize(SCOPE.length) + SCOPE.length + o.spans().size();
      int resourceSpans =
          1
              + ProtoWriter.varintSize(o.resource().length)
              + o.resource().length
              + 1
              + ProtoWriter.varintSize(scopeSpans)
              + scopeSpans;
      body.header(1, resourceSpans);
      body.bytes(1, o.resource());
      body.header(2, scopeSpans);
      body.bytes(1, SCOPE);
      body.raw(o.spans().array(), 0, o.spans().size());
      spans += o.count();
    }
    requests.incrementAndGet();
    try {
      int status = connection.post(body.array(), 0, body.size());
      if (status / 100 == 2) {
        exported.addAndGet(spans);
        return;
      }
      failed(spans, "HTTP " + status);
    } catch (IOException e) {
      failed(spans, e.toString());
    }
  }

  private void failed(int spans, String why) {
    dropped.addAndGet(spans);
    long n = failedBatches.incrementAndGet();
    if (n == 1 || n % 100 == 0) {
      log.warn(
          "cannot export {} spans to the node collector at {}: {} ({} failed requests so far)",
          spans,
          uri,
          why,
          n);
    }
  }

  /** InstrumentationScope (1 name, 2 version), as ScopeSpans.scope carries it. */
  private static byte[] scope() {
    ProtoWriter w = new ProtoWriter(64);
    w.string(1, SCOPE_NAME);
    w.string(2, SCOPE_VERSION);
    return w.toByteArray();
  }

  /** Exports what is pending, then stops the thread and closes the connection. */
  @Override
  public void close() {
    running = false;
    lock.lock();
    try {
      flushSoon = true;
      wake.signal();
    } finally {
      lock.unlock();
    }
    try {
      worker.join(15_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
