package io.odigos.odiglet.ebpf.trace;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ring-buffer records in, spans out: decodes each record, finds the process it came from and hands
 * the event with that process's telemetry to the sink (the exporter, which writes the span).
 * Records of processes no longer known (detached a moment ago) and malformed ones are counted and
 * dropped; nothing here throws, as it runs on the ring buffer's polling thread.
 */
public final class GoEventPipeline {
  private static final Logger log = LoggerFactory.getLogger(GoEventPipeline.class);

  private final Map<Integer, ProcessTelemetry> processes = new ConcurrentHashMap<>();
  private final EpochClock clock;
  private final SpanSink sink;
  private final AtomicLong events = new AtomicLong();
  private final AtomicLong malformed = new AtomicLong();
  private final AtomicLong unknownProcess = new AtomicLong();

  public GoEventPipeline(EpochClock clock, SpanSink sink) {
    this.clock = clock;
    this.sink = sink;
  }

  public void register(int tgid, ProcessTelemetry telemetry) {
    processes.put(tgid, telemetry);
  }

  public void forget(int tgid) {
    processes.remove(tgid);
  }

  /** One ring-buffer record. */
  public void accept(ByteBuffer record) {
    try {
      GoEvent e = GoEventDecoder.decode(record);
      ProcessTelemetry p = processes.get(e.tgid());
      if (p == null) {
        unknownProcess.incrementAndGet();
        return;
      }
      events.incrementAndGet();
      sink.accept(p, e, clock);
    } catch (MalformedEventException e) {
      if (malformed.incrementAndGet() == 1) {
        log.warn("dropping a malformed eBPF event: {}", e.getMessage());
      }
    } catch (RuntimeException e) {
      malformed.incrementAndGet();
      log.warn("dropping an eBPF event that could not be turned into a span", e);
    }
  }

  public long events() {
    return events.get();
  }

  public long malformed() {
    return malformed.get();
  }

  public long unknownProcess() {
    return unknownProcess.get();
  }
}
