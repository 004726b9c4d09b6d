package io.odigos.bench.ebpf;

/**
 * One measured stretch of load on the server under test.
 *
 * @param fixedRate true for the open loop at a fixed rate, false for the saturation run
 * @param serverCpuNanos the server's utime + stime over the load generator's run
 * @param agent what the probe agent JVM counted and spent meanwhile ({@link AgentStats#ZERO} when
 *     the server was not instrumented)
 * @param bpf run counts and times of the BPF programs attached meanwhile, by program (empty in (a))
 */
record Phase(
    String goVersion,
    Condition condition,
    boolean fixedRate,
    int round,
    LoadResult load,
    long serverCpuNanos,
    AgentStats agent,
    java.util.Map<String, BpfRunTimes.RunTime> bpf) {

  /** Server CPU per answered request, in microseconds. */
  double cpuMicrosPerRequest() {
    return load.done() == 0 ? Double.NaN : serverCpuNanos / 1000.0 / load.done();
  }
}
