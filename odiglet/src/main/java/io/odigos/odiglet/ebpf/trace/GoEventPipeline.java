package io.odigos.odiglet.ebpf.trace;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ring-buffer records in, spans out: finds the process each record came from (its header's tgid)
 * and hands the record with that process's telemetry to the sink (the exporter, which writes the
 * span straight from the record's bytes). Records of processes no longer known (detached a moment
 * ago) and malformed ones are counted and dropped; nothing here throws, as it runs on the ring
 * buffer's polling thread.
 */
public final class GoEventPipeline {
  private static final Logger log = LoggerFactory.getLogger(GoEventPipeline.class);

  private final ProcessTable processes = new ProcessTable();
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
      int at = record.position();
      if (record.remaining() < GoEventDecoder.HEADER) {
        throw new MalformedEventException(
            "record of " + record.remaining() + " bytes is shorter than a header");
      }
      int tgid =
          (record.get(at + 4) & 0xFF)
              | (record.get(at + 5) & 0xFF) << 8
              | (record.get(at + 6) & 0xFF) << 16
              | (record.get(at + 7) & 0xFF) << 24;
      ProcessTelemetry p = processes.get(tgid);
      if (p == null) {
        unknownProcess.incrementAndGet();
        return;
      }
      sink.accept(p, record, clock);
      events.incrementAndGet();
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
