package io.odigos.bench.ebpf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns the measured phases into the benchmark's figures: per condition the pooled throughput and
 * server CPU per request (all rounds summed, so a noisy round weighs by its length, not more), the
 * ratios against the uninstrumented server and against the empty-probe floor, the spread of the
 * per-round ratios, the consumer's CPU per event, and the target checks. Pure.
 */
final class OverheadReport {
  static final double THROUGHPUT_TARGET = 0.85;
  static final double FLOOR_MULTIPLE_TARGET = 2.0;
  static final double CONSUMER_MICROS_TARGET = 3.0;
  static final double RSS_MB_TARGET = 80.0;

  /** All rounds of one condition and kind of load, summed. */
  record Pooled(
      double throughput,
      double cpuMicrosPerRequest,
      long requests,
      double p50Micros,
      double p99Micros,
      long failed,
      long unsent) {}

  /** One line of the target table. */
  record Check(String figure, String value, String target, boolean met) {}

  private OverheadReport() {}

  static Pooled pool(List<Phase> phases) {
    if (phases.isEmpty()) {
      throw new IllegalArgumentException("no phases to pool");
    }
    long inWindow = 0;
    long done = 0;
    long failed = 0;
    long unsent = 0;
    double seconds = 0;
    long cpu = 0;
    for (Phase p : phases) {
      inWindow += p.load().doneInWindow();
      done += p.load().done();
      failed += p.load().failed();
      unsent += p.load().unsent();
      seconds += p.load().seconds();
      cpu += p.serverCpuNanos();
    }
    return new Pooled(
        inWindow / seconds,
        done == 0 ? Double.NaN : cpu / 1000.0 / done,
        done,
        median(phases.stream().map(p -> p.load().p50Micros()).toList()),
        median(phases.stream().map(p -> p.load().p99Micros()).toList()),
        failed,
        unsent);
  }

  static List<Phase> select(List<Phase> phases, Condition c, boolean fixedRate) {
    return phases.stream().filter(p -> p.condition() == c && p.fixedRate() == fixedRate).toList();
  }

  /** (b-a)/(c-a): how many empty-probe floors our probes add; NaN when the floor is not above 0. */
  static double floorMultiple(double a, double b, double c) {
    return c - a > 0 ? (b - a) / (c - a) : Double.NaN;
  }

  /** The per-round ratio b/a of throughput, min..max over the rounds. */
  static String roundSpread(List<Phase> phases, Condition num, boolean fixedRate) {
    List<Phase> base = select(phases, Condition.UNINSTRUMENTED, fixedRate);
    List<Phase> other = select(phases, num, fixedRate);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Phase o : other) {
      for (Phase b : base) {
        if (b.round() == o.round()) {
          double r = o.load().throughput() / b.load().throughput();
          min = Math.min(min, r);
          max = Math.max(max, r);
        }
      }
    }
    return min > max ? "-" : f("%.2f..%.2f", min, max);
  }

  /** The table of one Go version and one kind of load. */
  static List<String> conditionTable(List<Phase> phases, boolean fixedRate) {
    List<String> out = new ArrayList<>();
    Pooled a = pool(select(phases, Condition.UNINSTRUMENTED, fixedRate));
    out.add(
        f(
            "  %-20s %10s %9s %10s %9s %9s %10s %8s %8s",
            "condition",
            "req/s",
            "x (a)",
            "rounds",
            "CPU/req",
            "+ vs (a)",
            "requests",
            "p50",
            "p99"));
    for (Condition c : Condition.values()) {
      Pooled p = pool(select(phases, c, fixedRate));
      out.add(
          f(
              "  %-20s %10.0f %8.3fx %10s %7.1fus %7.1fus %10d %6.0fus %6.0fus%s",
              c.label,
              p.throughput(),
              p.throughput() / a.throughput(),
              c == Condition.UNINSTRUMENTED ? "" : roundSpread(phases, c, fixedRate),
              p.cpuMicrosPerRequest(),
              p.cpuMicrosPerRequest() - a.cpuMicrosPerRequest(),
              p.requests(),
              p.p50Micros(),
              p.p99Micros(),
              p.failed() + p.unsent() > 0
                  ? f("  (%d failed, %d never sent)", p.failed(), p.unsent())
                  : ""));
    }
    Pooled b = pool(select(phases, Condition.INSTRUMENTED, fixedRate));
    Pooled c = pool(select(phases, Condition.EMPTY_PROBES, fixedRate));
    double m =
        floorMultiple(a.cpuMicrosPerRequest(), b.cpuMicrosPerRequest(), c.cpuMicrosPerRequest());
    out.add(
        f(
            "  added CPU per request: ours %+.2f us, empty-probe floor %+.2f us, ratio %s",
            b.cpuMicrosPerRequest() - a.cpuMicrosPerRequest(),
            c.cpuMicrosPerRequest() - a.cpuMicrosPerRequest(),
            Double.isNaN(m) ? "n/a (floor not above 0: within noise)" : f("%.2fx", m)));
    return out;
  }

  /**
   * The BPF programs' own run time in (b) and (c), per program that ran: runs per request and
   * nanoseconds per run, as the kernel counted them (kernel.bpf_stats_enabled).
   */
  static List<String> bpfTable(List<Phase> phases) {
    List<String> out = new ArrayList<>();
    out.add(" BPF programs that ran (kernel's run_time_ns; traps not included), all phases");
    for (Condition c : List.of(Condition.INSTRUMENTED, Condition.EMPTY_PROBES)) {
      List<Phase> ps = phases.stream().filter(p -> p.condition() == c).toList();
      long requests = ps.stream().mapToLong(p -> p.load().done()).sum();
      java.util.Map<String, BpfRunTimes.RunTime> sum = new java.util.TreeMap<>();
      ps.forEach(p -> p.bpf().forEach((name, t) -> sum.merge(name, t, BpfRunTimes.RunTime::plus)));
      BpfRunTimes.RunTime total = new BpfRunTimes.RunTime(0, 0);
      for (var e : sum.entrySet()) {
        BpfRunTimes.RunTime t = e.getValue();
        if (t.runs() == 0) {
          continue;
        }
        total = total.plus(t);
        out.add(
            f(
                "  %-20s %-24s %6.2f runs/req %8.0f ns/run",
                c.label,
                e.getKey(),
                requests == 0 ? Double.NaN : (double) t.runs() / requests,
                (double) t.nanos() / t.runs()));
      }
      out.add(
          f(
              "  %-20s %-24s %6.2f runs/req %8.2f us/req in BPF programs",
              c.label,
              "all",
              requests == 0 ? Double.NaN : (double) total.runs() / requests,
              requests == 0 ? Double.NaN : total.nanos() / 1000.0 / requests));
    }
    return out;
  }

  /** The target checks of one Go version's server figures. */
  static List<Check> serverChecks(String goVersion, List<Phase> phases) {
    List<Check> checks = new ArrayList<>();
    for (boolean fixedRate : new boolean[] {true, false}) {
      String kind = fixedRate ? "fixed rate" : "saturation";
      Pooled a = pool(select(phases, Condition.UNINSTRUMENTED, fixedRate));
      Pooled b = pool(select(phases, Condition.INSTRUMENTED, fixedRate));
      Pooled c = pool(select(phases, Condition.EMPTY_PROBES, fixedRate));
      double ratio = b.throughput() / a.throughput();
      checks.add(
          new Check(
              f("%s %s: throughput (b)/(a)", goVersion, kind) + (fixedRate ? "" : " [informative]"),
              f("%.3fx", ratio),
              f(">= %.2fx", THROUGHPUT_TARGET),
              ratio >= THROUGHPUT_TARGET));
      double m =
          floorMultiple(a.cpuMicrosPerRequest(), b.cpuMicrosPerRequest(), c.cpuMicrosPerRequest());
      checks.add(
          new Check(
              f("%s %s: added CPU/req (b-a)/(c-a)", goVersion, kind),
              Double.isNaN(m)
                  ? f(
                      "n/a (%+.1f/%+.1f us)",
                      b.cpuMicrosPerRequest() - a.cpuMicrosPerRequest(),
                      c.cpuMicrosPerRequest() - a.cpuMicrosPerRequest())
                  : f(
                      "%.2fx (%+.1f/%+.1f us)",
                      m,
                      b.cpuMicrosPerRequest() - a.cpuMicrosPerRequest(),
                      c.cpuMicrosPerRequest() - a.cpuMicrosPerRequest()),
              f("<= %.1fx", FLOOR_MULTIPLE_TARGET),
              !Double.isNaN(m) && m <= FLOOR_MULTIPLE_TARGET));
    }
    return checks;
  }

  /** The consumer's CPU per event, over every instrumented phase. */
  static List<Check> consumerChecks(AgentStats s) {
    List<Check> checks = new ArrayList<>();
    double records = s.records();
    checks.add(consumer("consumer CPU/event: ring-buffer reader", s.readerCpuNanos(), records));
    checks.add(
        consumer(
            "consumer CPU/event: reader + exporter thread",
            s.readerCpuNanos() + s.exporterCpuNanos(),
            records));
    checks.add(
        consumer(
            "consumer CPU/event: + HTTP client threads (if any)",
            s.readerCpuNanos() + s.exporterCpuNanos() + s.transportCpuNanos(),
            records));
    checks.add(
        consumer(
            "consumer CPU/event: whole agent JVM (GC, JIT..; not the command thread)",
            s.processCpuNanos(),
            records));
    return checks;
  }

  private static Check consumer(String figure, long nanos, double records) {
    double us = records == 0 ? Double.NaN : nanos / 1000.0 / records;
    return new Check(
        figure,
        f("%.2f us", us),
        f("<= %.1f us", CONSUMER_MICROS_TARGET),
        us <= CONSUMER_MICROS_TARGET);
  }

  static Check rss(String figure, double mb) {
    return new Check(figure, f("%.1f MB", mb), f("<= %.0f MB", RSS_MB_TARGET), mb <= RSS_MB_TARGET);
  }

  static List<String> checkTable(List<Check> checks) {
    int w = checks.stream().mapToInt(c -> c.figure().length()).max().orElse(10);
    int v = checks.stream().mapToInt(c -> c.value().length()).max().orElse(10);
    List<String> out = new ArrayList<>();
    for (Check c : checks) {
      out.add(
          f(
              "  %-" + w + "s  %" + v + "s  %-10s %s",
              c.figure(),
              c.value(),
              c.target(),
              c.met() ? "met" : "NOT MET"));
    }
    return out;
  }

  static double median(List<Double> xs) {
    if (xs.isEmpty()) {
      return Double.NaN;
    }
    List<Double> s = xs.stream().sorted(Comparator.naturalOrder()).toList();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
