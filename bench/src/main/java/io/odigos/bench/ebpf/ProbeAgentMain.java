package io.odigos.bench.ebpf;

import io.odigos.odiglet.ebpf.attach.GoAttachOutcome;
import io.odigos.odiglet.ebpf.attach.GoInstrumentationManager;
import io.odigos.odiglet.ebpf.attach.GoProbes;
import io.odigos.odiglet.ebpf.attach.GoTarget;
import io.odigos.odiglet.ebpf.golang.GoBinaryAnalyzer;
import io.odigos.odiglet.ebpf.golang.GoFunctionGroup;
import io.odigos.odiglet.ebpf.preflight.NodePreflight;
import io.odigos.odiglet.ebpf.preflight.PreflightReport;
import io.odigos.odiglet.ebpf.trace.EpochClock;
import io.odigos.odiglet.ebpf.trace.GoEventPipeline;
import io.odigos.odiglet.ebpf.trace.OtlpTraceExporter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The eBPF part of the odiglet and nothing else, in its own JVM (started by {@link ProbeAgentJvm}
 * with the odiglet's JVM options): the Go probes loaded, their events turned into spans by the
 * pipeline and exported over OTLP/HTTP, as {@code GoEbpf} assembles them. Driven by one command a
 * line on stdin; answers on stdout with lines that start with {@value #REPLY} (the log goes there
 * too, so anything else is log):
 *
 * <pre>
 * attach PID   probe the process (GoInstrumentationManager.reconcile)   -> "attached N" | "error ..."
 * detach       no process probed                                          -> "detached"
 * stats        counters and CPU times so far (process: all threads but the  -> "stats k=v ..."
 *              one reading these commands), see AgentStats
 * memory       the JVM's heap and non-heap memory, for the report         -> "memory ..."
 * quit         (or end of input) close everything and exit
 * </pre>
 *
 * Usage: {@code ProbeAgentMain <otlp-http-endpoint http://host:port>}.
 */
public final class ProbeAgentMain {
  static final String REPLY = "bench-agent: ";
  static final String EXPORTER_THREAD = "ebpf-otlp-export";

  /**
   * Threads of an HTTP client beside the exporter's own (the JDK HttpClient's, which an earlier
   * exporter used); the exporter now posts on its own thread, so none are expected.
   */
  static boolean httpClientThread(String name) {
    return name.equals("ebpf-otlp-http") || name.startsWith("HttpClient-");
  }

  private ProbeAgentMain() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    if (args.length != 1) {
      out.println(REPLY + "error usage: ProbeAgentMain <otlp-http-endpoint http://host:port>");
      System.exit(2);
    }
    PreflightReport preflight = NodePreflight.system().run();
    if (!preflight.ebpfUsable()) {
      out.println(REPLY + "error eBPF is not usable here: " + preflight.summary());
      System.exit(1);
    }
    // the odiglet's defaults (EbpfSettings, GoEbpf): flush every second, 65,536 spans queued
    OtlpTraceExporter exporter = new OtlpTraceExporter(args[0], Duration.ofSeconds(1), 65_536);
    GoEventPipeline pipeline = new GoEventPipeline(EpochClock.now(), exporter::enqueue);
    GoProbes probes = GoProbes.load(preflight.contextPropagationPossible(), pipeline::accept);
    GoInstrumentationManager manager =
        new GoInstrumentationManager(
            probes, pipeline, GoBinaryAnalyzer::analyze, EnumSet.allOf(GoFunctionGroup.class));
    out.println(REPLY + "ready propagate=" + probes.propagates());
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      String[] cmd = line.trim().split(" +");
      try {
        switch (cmd[0]) {
          case "attach" -> {
            int pid = Integer.parseInt(cmd[1]);
            GoAttachOutcome o =
                manager
                    .reconcile(
                        List.of(GoTarget.of(pid, Map.of("service.name", "bench-http-backend"))))
                    .get(pid);
            out.println(
                REPLY
                    + (o instanceof GoAttachOutcome.Attached a
                        ? "attached " + a.uprobes()
                        : "error " + o.reason() + ": " + o.message()));
          }
          case "detach" -> {
            manager.reconcile(List.of());
            out.println(REPLY + "detached");
          }
          case "stats" ->
              out.println(REPLY + "stats " + stats(probes, pipeline, exporter).toLine());
          case "memory" -> out.println(REPLY + "memory " + memory());
          case "quit" -> {
            break;
          }
          default -> out.println(REPLY + "error unknown command: " + line);
        }
      } catch (RuntimeException e) {
        out.println(REPLY + "error " + e);
      }
      if (cmd[0].equals("quit")) {
        break;
      }
    }
    manager.close();
    probes.close();
    exporter.close();
    System.exit(0);
  }

  private static String memory() {
    var m = ManagementFactory.getMemoryMXBean();
    var heap = m.getHeapMemoryUsage();
    var nonHeap = m.getNonHeapMemoryUsage();
    return String.format(
        java.util.Locale.ROOT,
        "heap %.1f MB used of %.1f MB committed, non-heap %.1f MB committed",
        heap.getUsed() / 1048576.0,
        heap.getCommitted() / 1048576.0,
        nonHeap.getCommitted() / 1048576.0);
  }

  private static AgentStats stats(
      GoProbes probes, GoEventPipeline pipeline, OtlpTraceExporter exporter) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long exporterCpu = 0;
    long httpCpu = 0;
    for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (t == null) {
        continue;
      }
      long cpu = Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
      if (t.getThreadName().equals(EXPORTER_THREAD)) {
        exporterCpu += cpu;
      } else if (httpClientThread(t.getThreadName())) {
        httpCpu += cpu;
      }
    }
    // the whole JVM but this thread: it only answers the bench's commands (this one included,
    // whose thread walk above costs milliseconds), the odiglet's work runs on the others
    long processCpu =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime()
            - threads.getCurrentThreadCpuTime();
    return new AgentStats(
        probes.reader().records(),
        pipeline.events(),
        exporter.exported(),
        exporter.dropped(),
        pipeline.malformed(),
        probes.reader().cpuTimeNanos(),
        exporterCpu,
        httpCpu,
        processCpu);
  }
}
