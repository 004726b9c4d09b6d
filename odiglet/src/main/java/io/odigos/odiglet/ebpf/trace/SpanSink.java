package io.odigos.odiglet.ebpf.trace;

/**
 * Where {@link GoEventPipeline} hands each decoded event of a known process: the exporter, which
 * writes it as a span of that process's resource. Called on the ring buffer's polling thread, one
 * event at a time; must not block.
 */
@FunctionalInterface
public interface SpanSink {
  /**
   * @param clock turns the event's monotonic times into epoch times
   */
  void accept(ProcessTelemetry process, GoEvent event, EpochClock clock);
}
