package io.odigos.bench.ebpf;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.odigos.bench.odiglet.IdleJvm;
import io.odigos.odiglet.ebpf.attach.GoProbePlan;
import io.odigos.odiglet.ebpf.attach.GoTarget;
import io.odigos.odiglet.ebpf.golang.GoBinaryAnalysis;
import io.odigos.odiglet.ebpf.golang.GoBinaryAnalyzer;
import io.odigos.odiglet.ebpf.golang.GoFunctionGroup;
import io.odigos.odiglet.ebpf.preflight.NodePreflight;
import io.odigos.odiglet.ebpf.preflight.PreflightReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The cost of the eBPF Go instrumentation, measured in one run (not JMH): a Go HTTP server ({@code
 * gosvc -mode=http-backend}, {@code GET /hello}) under load from a separate process, at a fixed
 * request rate (open loop) and at saturation (closed loop, N connections), in three conditions
 * interleaved over several rounds: (a) uninstrumented, (b) our probes attached by the odiglet's
 * {@code GoInstrumentationManager} in a JVM of their own with the odiglet's JVM options, spans
 * exported over OTLP/HTTP to a local receiver, (c) an empty uprobe at exactly (b)'s file offsets.
 * Prints throughput and server CPU per request (utime + stime of the server) with their ratios; the
 * consumer's CPU per ring-buffer event; the RSS of the probe JVM under load and of an idle JVM with
 * the same flags; and which targets are met. Usage: {@code bench/run.sh ebpf [--help]}; needs root.
 */
public final class EbpfOverheadBench {
  private static final String USAGE =
      """
      usage: EbpfOverheadBench --go-services DIR --loadgen PATH [options]
        --go-services DIR      odiglet/go-test-services.sh's output directory (go<version>/gosvc)
        --loadgen PATH         the ratedload binary (bench/src/main/go/ratedload)
        --go V[,V...]          Go builds to measure, by version prefix (default go1.26)
        --rate N               fixed request rate, req/s (default: 25% of the uninstrumented
                               server's saturation throughput, measured first)
        --rounds N             rounds of (a) (b) (c), order rotated each round (default 3)
        --fixed-seconds S      length of each fixed-rate phase (default 5)
        --saturation-seconds S length of each saturation phase (default 4)
        --connections N        connections of the saturation run (default 16)
        --server-procs N       GOMAXPROCS of the server (default 1)
        --nmt                  run the probe agent with Native Memory Tracking and print its
                               summary (jcmd VM.native_memory) at the end, after the load
        --agent-flag F         one more JVM flag for the probe agent, after odiglet/jvm.options
                               (repeatable; e.g. -XX:StartFlightRecording=filename=a.jfr to profile)
      """;

  record Options(
      Path goServices,
      Path loadgen,
      List<String> goVersions,
      int rate,
      int rounds,
      Duration fixed,
      Duration saturation,
      int connections,
      int serverProcs,
      boolean nmt,
      List<String> agentFlags) {

    static Options parse(String[] args) {
      Path goServices = null;
      Path loadgen = null;
      List<String> go = List.of("go1.26");
      int rate = 0;
      int rounds = 3;
      double fixed = 5;
      double saturation = 4;
      int connections = 16;
      int procs = 1;
      boolean nmt = false;
      List<String> agentFlags = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--help") || a.equals("-h")) {
          throw new IllegalArgumentException("");
        }
        if (a.equals("--nmt")) {
          nmt = true;
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value after " + a);
        }
        String v = args[++i];
        try {
          switch (a) {
            case "--go-services" -> goServices = Path.of(v);
            case "--loadgen" -> loadgen = Path.of(v);
            case "--go" ->
                go =
                    Stream.of(v.split(","))
                        .map(String::strip)
                        .map(s -> s.startsWith("go") ? s : "go" + s)
                        .toList();
            case "--rate" -> rate = positive(a, Integer.parseInt(v));
            case "--rounds" -> rounds = positive(a, Integer.parseInt(v));
            case "--fixed-seconds" -> fixed = Double.parseDouble(v);
            case "--saturation-seconds" -> saturation = Double.parseDouble(v);
            case "--connections" -> connections = positive(a, Integer.parseInt(v));
            case "--server-procs" -> procs = positive(a, Integer.parseInt(v));
            case "--agent-flag" -> agentFlags.add(v);
            default -> throw new IllegalArgumentException("unknown option " + a);
          }
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("not a number after " + a + ": " + v);
        }
      }
      if (goServices == null || loadgen == null) {
        throw new IllegalArgumentException("--go-services and --loadgen are required");
      }
      if (fixed < 1 || saturation < 1) {
        throw new IllegalArgumentException("phases must last at least 1 s");
      }
      return new Options(
          goServices,
          loadgen,
          go,
          rate,
          rounds,
          Duration.ofMillis((long) (fixed * 1000)),
          Duration.ofMillis((long) (saturation * 1000)),
          connections,
          procs,
          nmt,
          List.copyOf(agentFlags));
    }

    private static int positive(String option, int v) {
      if (v <= 0) {
        throw new IllegalArgumentException(option + " must be positive, got " + v);
      }
      return v;
    }
  }

  private final Options options;
  private final RatedLoad load;
  private final ProbeAgentJvm agent;
  private final EmptyProbes empty;
  private final boolean propagate;
  private final BpfRunTimes bpfRunTimes;
  private volatile boolean instrumentedLoad;
  private volatile double agentRssMaxUnderLoad;

  private EbpfOverheadBench(
      Options options,
      ProbeAgentJvm agent,
      EmptyProbes empty,
      boolean propagate,
      BpfRunTimes bpfRunTimes) {
    this.options = options;
    this.bpfRunTimes = bpfRunTimes;
    this.load = new RatedLoad(options.loadgen());
    this.agent = agent;
    this.empty = empty;
    this.propagate = propagate;
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.print((e.getMessage().isEmpty() ? "" : e.getMessage() + "\n") + USAGE);
      System.exit(2);
      return;
    }
    int code;
    try {
      code = run(options);
    } catch (IllegalStateException | IOException e) {
      System.err.println("ebpf bench failed: " + e.getMessage());
      code = 1;
    }
    System.exit(code);
  }

  private static int run(Options o) throws Exception {
    PreflightReport preflight = NodePreflight.system().run();
    if (!preflight.ebpfUsable()) {
      throw new IllegalStateException(
          "eBPF is not usable here (run as root on a kernel with BTF and uprobes): "
              + preflight.summary());
    }
    if (!Files.isExecutable(o.loadgen())) {
      throw new IllegalStateException("no load generator at " + o.loadgen());
    }
    List<Path> binaries = new ArrayList<>();
    for (String prefix : o.goVersions()) {
      binaries.add(gosvc(o.goServices(), prefix));
    }
    String java = ProcessHandle.current().info().command().orElseThrow();
    List<String> jvmFlags = jvmOptions();
    List<String> agentFlags = new ArrayList<>(jvmFlags);
    if (o.nmt()) {
      agentFlags.add("-XX:NativeMemoryTracking=summary");
    }
    agentFlags.addAll(o.agentFlags());
    long startNanos = System.nanoTime();
    List<String> out = new ArrayList<>();
    List<OverheadReport.Check> checks = new ArrayList<>();
    List<Phase> all = new ArrayList<>();
    Process idle = null;
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    try (BpfRunTimes bpfRunTimes = BpfRunTimes.enable();
        CountingOtlpSink sink = CountingOtlpSink.start();
        ProbeAgentJvm agent = ProbeAgentJvm.start(java, agentFlags, sink.endpoint());
        EmptyProbes empty = EmptyProbes.load()) {
      List<String> idleCmd = new ArrayList<>(List.of(java));
      idleCmd.addAll(jvmFlags);
      idleCmd.addAll(
          List.of("-cp", System.getProperty("java.class.path"), IdleJvm.class.getName()));
      idle = new ProcessBuilder(idleCmd).redirectErrorStream(true).start();
      double agentRssAtRest = ProcStat.rssMb(agent.pid());
      EbpfOverheadBench bench =
          new EbpfOverheadBench(
              o, agent, empty, preflight.contextPropagationPossible(), bpfRunTimes);
      sampler.scheduleAtFixedRate(bench::sampleAgentRss, 250, 250, TimeUnit.MILLISECONDS);
      log(
          "probe agent JVM %d ready (RSS %.1f MB), spans to %s; its log: %s",
          agent.pid(), agentRssAtRest, sink.endpoint(), agent.log());

      for (Path binary : binaries) {
        String version = binary.getParent().getFileName().toString();
        List<Phase> phases = bench.measure(version, binary, out);
        all.addAll(phases);
        checks.addAll(OverheadReport.serverChecks(version, phases));
      }
      Thread.sleep(1500); // the exporter's last flush
      AgentStats consumed =
          all.stream()
              .filter(p -> p.condition() == Condition.INSTRUMENTED)
              .map(Phase::agent)
              .reduce(AgentStats.ZERO, AgentStats::plus);
      AgentStats total = agent.stats();
      long requests =
          all.stream()
              .filter(p -> p.condition() == Condition.INSTRUMENTED)
              .mapToLong(p -> p.load().done())
              .sum();
      checks.addAll(OverheadReport.consumerChecks(consumed));
      // every request of (b) makes one HTTP server record: fewer records means lost ones (a full
      // ring buffer); the agent's total counts the records read after the last phase too
      long lost = requests - total.records();
      checks.add(
          new OverheadReport.Check(
              "ring-buffer records lost in (b) (requests - records)",
              Long.toString(lost),
              "== 0",
              lost == 0));
      double agentRssEnd = ProcStat.rssMb(agent.pid());
      double idleRss = ProcStat.rssMb(idle.pid());
      checks.add(
          OverheadReport.rss(
              "RSS of the probe agent JVM, max under load", bench.agentRssMaxUnderLoad));
      out.add("");
      out.add(
          String.format(
              Locale.ROOT,
              "odiglet side (probe agent JVM, flags of odiglet/jvm.options: %s)",
              String.join(" ", jvmFlags)));
      out.add(
          String.format(
              Locale.ROOT,
              "  during (b): %d requests answered, %d ring-buffer records (%.3f per request), %d"
                  + " spans made; over the whole run %d exported, %d dropped, %d malformed; the"
                  + " OTLP receiver counted %d spans in %d export requests (%.1f spans per"
                  + " request)",
              requests,
              consumed.records(),
              requests == 0 ? Double.NaN : (double) consumed.records() / requests,
              consumed.events(),
              total.exported(),
              total.dropped(),
              total.malformed(),
              sink.spans(),
              sink.requests(),
              sink.requests() == 0 ? Double.NaN : (double) sink.spans() / sink.requests()));
      out.add(
          String.format(
              Locale.ROOT,
              "  RSS: idle JVM with the same flags %.1f MB; probe agent at rest %.1f MB, max under"
                  + " load %.1f MB, at the end %.1f MB (%s)",
              idleRss,
              agentRssAtRest,
              bench.agentRssMaxUnderLoad,
              agentRssEnd,
              agent.memory()));
      if (o.nmt()) {
        out.add("");
        out.add("  Native Memory Tracking of the probe agent at the end (jcmd VM.native_memory):");
        jcmd(java, agent.pid(), "VM.native_memory", "summary").forEach(l -> out.add("    " + l));
        // a full GC first: what is live, and the heap right after it
        List<String> histogram = jcmd(java, agent.pid(), "GC.class_histogram");
        out.add("  live heap after a full GC (jcmd GC.class_histogram, largest classes):");
        histogram.stream().limit(14).forEach(l -> out.add("    " + l));
        histogram.stream().filter(l -> l.startsWith("Total")).forEach(l -> out.add("    " + l));
        out.add("  then: " + agent.memory());
      }
    } finally {
      sampler.shutdownNow();
      if (idle != null) {
        idle.destroyForcibly();
      }
    }
    out.add("");
    out.add("targets");
    out.addAll(OverheadReport.checkTable(checks));
    out.add(
        String.format(
            Locale.ROOT,
            "(a 2-vCPU VM shared with other work: figures are noisy; nested-VM uprobe traps cost"
                + " several times what they cost on bare metal; run took %.0f s)",
            (System.nanoTime() - startNanos) / 1e9));
    System.out.println();
    out.forEach(System.out::println);
    return 0;
  }

  /** Every phase of one Go build, appending its tables to {@code out}. */
  private List<Phase> measure(String version, Path binary, List<String> out) throws Exception {
    List<Phase> phases = new ArrayList<>();
    try (GoHttpServer server = GoHttpServer.start(binary, options.serverProcs())) {
      Path exe = GoTarget.of((int) server.pid(), Map.of()).executable();
      GoBinaryAnalysis analysis = GoBinaryAnalyzer.analyze(exe);
      GoProbePlan plan =
          GoProbePlan.plan(analysis, EnumSet.allOf(GoFunctionGroup.class), propagate);
      // warm-up, and the rate when none is given
      LoadResult warm = load.saturate(server.url(), Duration.ofSeconds(3), options.connections());
      int rate =
          options.rate() > 0
              ? options.rate()
              : (int) Math.max(100, Math.round(0.25 * warm.throughput() / 100) * 100);
      log(
          "%s: server pid %d (GOMAXPROCS=%d), %d uprobes planned (%s); warm-up saturation %.0f"
              + " req/s; fixed rate %d req/s",
          version,
          server.pid(),
          options.serverProcs(),
          plan.attachments().size(),
          plan.describeInstrumented(),
          warm.throughput(),
          rate);
      for (int round = 0; round < options.rounds(); round++) {
        Condition[] all = Condition.values();
        for (int k = 0; k < all.length; k++) {
          Condition c = all[(k + round) % all.length];
          attach(c, server, plan, exe);
          try {
            phases.add(phase(version, c, true, round, server, rate));
            phases.add(phase(version, c, false, round, server, rate));
          } finally {
            detach(c);
          }
        }
      }
      out.add("");
      out.add(
          String.format(
              Locale.ROOT,
              "%s gosvc http-backend GET /hello, GOMAXPROCS=%d, %d uprobes at the same offsets in"
                  + " (b) and (c), %d rounds",
              version,
              options.serverProcs(),
              plan.attachments().size(),
              options.rounds()));
      out.add(
          String.format(
              Locale.ROOT,
              " fixed rate: %d req/s open loop, %d s per phase",
              rate,
              options.fixed().toSeconds()));
      out.addAll(OverheadReport.conditionTable(phases, true));
      out.add(
          String.format(
              Locale.ROOT,
              " saturation: closed loop, %d connections, %d s per phase",
              options.connections(),
              options.saturation().toSeconds()));
      out.addAll(OverheadReport.conditionTable(phases, false));
      out.addAll(OverheadReport.bpfTable(phases));
    }
    return phases;
  }

  private void attach(Condition c, GoHttpServer server, GoProbePlan plan, Path exe) {
    switch (c) {
      case UNINSTRUMENTED -> {}
      case INSTRUMENTED -> {
        int n = agent.attach(server.pid());
        if (n != plan.attachments().size()) {
          throw new IllegalStateException(
              "the agent attached "
                  + n
                  + " uprobes, the plan has "
                  + plan.attachments().size()
                  + ": (b) and (c) would not probe the same sites");
        }
      }
      case EMPTY_PROBES -> empty.attach(plan, exe, (int) server.pid());
    }
  }

  private void detach(Condition c) {
    switch (c) {
      case UNINSTRUMENTED -> {}
      case INSTRUMENTED -> agent.detach();
      case EMPTY_PROBES -> empty.detach();
    }
  }

  private Phase phase(
      String version, Condition c, boolean fixedRate, int round, GoHttpServer server, int rate) {
    boolean instrumented = c == Condition.INSTRUMENTED;
    long holder =
        switch (c) {
          case UNINSTRUMENTED -> 0;
          case INSTRUMENTED -> agent.pid();
          case EMPTY_PROBES -> ProcessHandle.current().pid();
        };
    Map<String, BpfRunTimes.RunTime> bpf0 = holder == 0 ? Map.of() : bpfRunTimes.snapshot(holder);
    AgentStats before = instrumented ? agent.stats() : AgentStats.ZERO;
    long cpu0 = server.cpuNanos();
    instrumentedLoad = instrumented;
    LoadResult r;
    try {
      r =
          fixedRate
              ? load.fixedRate(server.url(), rate, options.fixed(), options.connections())
              : load.saturate(server.url(), options.saturation(), options.connections());
    } finally {
      instrumentedLoad = false;
    }
    long cpu = server.cpuNanos() - cpu0;
    AgentStats spent = instrumented ? agent.stats().minus(before) : AgentStats.ZERO;
    Map<String, BpfRunTimes.RunTime> bpf =
        holder == 0 ? Map.of() : BpfRunTimes.minus(bpfRunTimes.snapshot(holder), bpf0);
    Phase p = new Phase(version, c, fixedRate, round, r, cpu, spent, bpf);
    log(
        "%s round %d %-20s %-10s %8.0f req/s  %6.1f us CPU/req  p99 %6.0f us%s",
        version,
        round + 1,
        c.label,
        fixedRate ? "fixed" : "saturation",
        r.throughput(),
        p.cpuMicrosPerRequest(),
        r.p99Micros(),
        instrumented ? String.format(Locale.ROOT, "  %d events", spent.records()) : "");
    return p;
  }

  private void sampleAgentRss() {
    if (instrumentedLoad) {
      try {
        agentRssMaxUnderLoad = Math.max(agentRssMaxUnderLoad, ProcStat.rssMb(agent.pid()));
      } catch (RuntimeException gone) {
        // the agent exited: its next command fails loudly
      }
    }
  }

  /** What {@code jcmd PID COMMAND...} prints (e.g. VM.native_memory summary), without blanks. */
  private static List<String> jcmd(String java, long pid, String... command) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(java).resolveSibling("jcmd").toString()));
    cmd.add(Long.toString(pid));
    cmd.addAll(List.of(command));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try (var r = new BufferedReader(new InputStreamReader(p.getInputStream(), UTF_8))) {
      return r.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  /** The newest build whose directory name starts with {@code prefix}. */
  static Path gosvc(Path dir, String prefix) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(
          dir + " is not a directory: run odiglet/go-test-services.sh (bench/run.sh ebpf does)");
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> matches =
          s.filter(p -> p.getFileName().toString().startsWith(prefix))
              .filter(
                  p -> p.getFileName().toString().substring(prefix.length()).matches("(\\..*)?"))
              .filter(p -> Files.exists(p.resolve(".complete")))
              .sorted()
              .toList();
      if (matches.isEmpty()) {
        throw new IllegalStateException(
            "no complete "
                + prefix
                + " build of gosvc in "
                + dir
                + ": run odiglet/go-test-services.sh");
      }
      return matches.getLast().resolve("gosvc");
    }
  }

  /** The odiglet's JVM options, as its image runs it ({@code odiglet/jvm.options}). */
  static List<String> jvmOptions() throws IOException {
    Path file = Path.of("odiglet/jvm.options");
    if (!Files.exists(file)) {
      throw new IllegalStateException(
          "no " + file + " here: run from the repository root (bench/run.sh ebpf does)");
    }
    return Files.readAllLines(file).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  private static void log(String format, Object... args) {
    System.out.printf(Locale.ROOT, "[ebpf-bench] " + format + "%n", args);
  }
}
