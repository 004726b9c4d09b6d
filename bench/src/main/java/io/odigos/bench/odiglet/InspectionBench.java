package io.odigos.bench.odiglet;

import io.odigos.odiglet.inspect.HostAttribution;
import io.odigos.odiglet.inspect.InspectedProcess;
import io.odigos.odiglet.inspect.ProcessInspector;
import io.odigos.odiglet.inspect.proc.ProcFs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The odiglet's runtime inspection on every process of this machine: the cost of one full scan (per
 * process and in total), the cost of inspecting each process on its own, and as baseline the same
 * walk doing the least possible work (list {@code /proc}, read each {@code comm}); then the ratio,
 * and the harness's RSS after the runs. The first scan, with an empty binary cache (each
 * executable's ELF read once), is reported apart as "cold".
 *
 * <p>Usage: {@code bench/run.sh inspect [ITERATIONS] [PROC_ROOT]} (defaults 20, /proc).
 */
public final class InspectionBench {
  private InspectionBench() {}

  public static void main(String[] args) throws IOException {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    ProcFs proc = new ProcFs(Path.of(args.length > 1 ? args[1] : "/proc"));

    long t = System.nanoTime();
    List<InspectedProcess> cold =
        new ProcessInspector(proc, HostAttribution.labelsOnly()).inspectAll();
    long coldNs = System.nanoTime() - t;

    ProcessInspector inspector = new ProcessInspector(proc, HostAttribution.labelsOnly());
    for (int i = 0; i < 3; i++) { // JIT and binary cache warm-up
      inspector.inspectAll();
      baseline(proc);
    }

    System.out.printf(
        Locale.ROOT,
        "%-8s %-18s %-12s %-22s %10s%n",
        "pid",
        "exe",
        "language",
        "version",
        "µs/inspect");
    for (InspectedProcess p : cold) {
      long start = System.nanoTime();
      for (int i = 0; i < iterations; i++) {
        inspector.inspect(p.pid());
      }
      double us = (System.nanoTime() - start) / 1e3 / iterations;
      System.out.printf(
          Locale.ROOT,
          "%-8d %-18s %-12s %-22s %10.1f%n",
          p.pid(),
          abbreviate(p.exeName(), 18),
          p.runtime().language().wireName(),
          abbreviate(p.runtime().runtimeVersion(), 22),
          us);
    }

    long fullNs = 0;
    int processes = 0;
    long baseNs = 0;
    int baseProcesses = 0;
    for (int i = 0; i < iterations; i++) { // interleaved, so both see the same machine load
      long s = System.nanoTime();
      processes += inspector.inspectAll().size();
      fullNs += System.nanoTime() - s;
      s = System.nanoTime();
      baseProcesses += baseline(proc);
      baseNs += System.nanoTime() - s;
    }
    double fullPer = fullNs / 1e3 / processes;
    double basePer = baseNs / 1e3 / baseProcesses;
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "cold scan (empty binary cache): %d processes in %.1f ms (%.1f µs/process)%n",
        cold.size(),
        coldNs / 1e6,
        coldNs / 1e3 / Math.max(1, cold.size()));
    System.out.printf(
        Locale.ROOT,
        "full scan: %.2f ms per scan, %.1f µs/process (%d scans, %.0f processes/scan)%n",
        fullNs / 1e6 / iterations,
        fullPer,
        iterations,
        (double) processes / iterations);
    System.out.printf(
        Locale.ROOT,
        "baseline (list /proc + read comm): %.2f ms per scan, %.1f µs/process%n",
        baseNs / 1e6 / iterations,
        basePer);
    System.out.printf(Locale.ROOT, "ratio full/baseline: %.1fx%n", fullPer / basePer);
    System.out.println("harness RSS after the runs: " + rssKb() + " kB");
  }

  /** List the processes and read each comm: the least any /proc walk does. */
  static int baseline(ProcFs proc) throws IOException {
    int n = 0;
    for (int pid : proc.listPids()) {
      try {
        proc.comm(pid);
        n++;
      } catch (IOException e) {
        // exited meanwhile
      }
    }
    return n;
  }

  private static String rssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return line.substring(6).replace("kB", "").strip();
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return "?";
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
