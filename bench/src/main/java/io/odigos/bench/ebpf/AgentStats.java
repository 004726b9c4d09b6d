package io.odigos.bench.ebpf;

import java.util.HashMap;
import java.util.Map;

/**
 * Counters of the probe agent JVM at one moment: ring-buffer records, spans, and the CPU time of
 * the reader thread, the exporter thread, the HTTP client's threads and the whole process. The
 * difference of two snapshots is what one phase cost. Travels as one {@code key=value} line.
 */
record AgentStats(
    long records,
    long events,
    long exported,
    long dropped,
    long malformed,
    long readerCpuNanos,
    long exporterCpuNanos,
    long transportCpuNanos,
    long processCpuNanos) {

  static final AgentStats ZERO = new AgentStats(0, 0, 0, 0, 0, 0, 0, 0, 0);

  AgentStats minus(AgentStats o) {
    return new AgentStats(
        records - o.records,
        events - o.events,
        exported - o.exported,
        dropped - o.dropped,
        malformed - o.malformed,
        readerCpuNanos - o.readerCpuNanos,
        exporterCpuNanos - o.exporterCpuNanos,
        transportCpuNanos - o.transportCpuNanos,
        processCpuNanos - o.processCpuNanos);
  }

  AgentStats plus(AgentStats o) {
    return new AgentStats(
        records + o.records,
        events + o.events,
        exported + o.exported,
        dropped + o.dropped,
        malformed + o.malformed,
        readerCpuNanos + o.readerCpuNanos,
        exporterCpuNanos + o.exporterCpuNanos,
        transportCpuNanos + o.transportCpuNanos,
        processCpuNanos + o.processCpuNanos);
  }

  String toLine() {
    return "records=%d events=%d exported=%d dropped=%d malformed=%d reader=%d exporter=%d http=%d process=%d"
        .formatted(
            records,
            events,
            exported,
            dropped,
            malformed,
            readerCpuNanos,
            exporterCpuNanos,
            transportCpuNanos,
            processCpuNanos);
  }

  static AgentStats parse(String line) {
    Map<String, Long> v = new HashMap<>();
    for (String kv : line.trim().split(" +")) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("not agent stats: " + line);
      }
      v.put(kv.substring(0, eq), Long.parseLong(kv.substring(eq + 1)));
    }
    try {
      return new AgentStats(
          v.get("records"),
          v.get("events"),
          v.get("exported"),
          v.get("dropped"),
          v.get("malformed"),
          v.get("reader"),
          v.get("exporter"),
          v.get("http"),
          v.get("process"));
    } catch (NullPointerException e) {
      throw new IllegalArgumentException("incomplete agent stats: " + line, e);
    }
  }
}
