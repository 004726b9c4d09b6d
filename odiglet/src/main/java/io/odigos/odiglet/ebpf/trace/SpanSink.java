package io.odigos.odiglet.ebpf.trace;

import java.nio.ByteBuffer;

/**
 * Where {@link GoEventPipeline} hands each ring-buffer record of a known process: the exporter,
 * which writes it as a span of that process's resource. Called on the ring buffer's polling thread,
 * one record at a time; must not block.
 */
@FunctionalInterface
public interface SpanSink {
  /**
   * @param record one record as the probes wrote it ({@code odigos_event.h}), from its position to
   *     its limit; only read during the call
   * @param clock turns the event's monotonic times into epoch times
   * @throws MalformedEventException when the record is not one the probes write
   */
  void accept(ProcessTelemetry process, ByteBuffer record, EpochClock clock)
      throws MalformedEventException;
}
