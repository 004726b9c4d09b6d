package io.odigos.bench.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Several JVM starts of one kind for the first-frame figures: each start's results, and the
 * machine's load average before and after the series. A start is noisy on a shared machine, so the
 * report gives the median, the minimum and the maximum, the CPU time the start used (steadier than
 * the wall-clock time when other processes take the CPUs) and the load it ran under.
 */
final class Series {
  /** One start: a JVM of its own, returning its results. */
  interface Start {
    Map<String, Double> run() throws Exception;
  }

  private final String name;
  private final List<Map<String, Double>> runs;
  private final String loadBefore;
  private final String loadAfter;

  private Series(String name, List<Map<String, Double>> runs, String before, String after) {
    this.name = name;
    this.runs = runs;
    this.loadBefore = before;
    this.loadAfter = after;
  }

  static Series of(String name, Start start) throws Exception {
    String before = loadAverage();
    List<Map<String, Double>> runs = new ArrayList<>();
    for (int i = 0; i < SourcesViewBench.STARTS; i++) {
      Map<String, Double> r = start.run();
      if (!r.containsKey("first_frame_ms")) {
        throw new IllegalStateException(name + ": the start reported no first frame: " + r);
      }
      System.out.printf(
          Locale.ROOT,
          "  %s: first frame %.0f ms (%s ms CPU)%n",
          name,
          r.get("first_frame_ms"),
          r.containsKey("first_frame_cpu_ms")
              ? String.format(Locale.ROOT, "%.0f", r.get("first_frame_cpu_ms"))
              : "?");
      runs.add(r);
    }
    return new Series(name, runs, before, loadAverage());
  }

  double median(String key) {
    return percentile(key, 50);
  }

  private double percentile(String key, int p) {
    List<Double> v = runs.stream().map(r -> r.get(key)).filter(Objects::nonNull).sorted().toList();
    if (v.isEmpty()) {
      return Double.NaN;
    }
    return v.get(Math.min(v.size() - 1, (v.size() - 1) * p / 100));
  }

  /** Prints the median row (with the target verdict) and the spread, CPU and load beneath it. */
  void report(String what, double baseline) {
    double median = median("first_frame_ms");
    String notes =
        Double.isNaN(baseline)
            ? ""
            : SourcesViewBench.ratio(median, baseline, "trivial")
                + SourcesViewBench.verdict(median <= 2000, "median <= 2000");
    SourcesViewBench.row(what + ", median of " + runs.size(), median, "ms", notes);
    System.out.printf(
        Locale.ROOT,
        "  (min %.0f ms, max %.0f ms; CPU median %s; load average before %s, after %s)%n",
        percentile("first_frame_ms", 0),
        percentile("first_frame_ms", 100),
        Double.isNaN(median("first_frame_cpu_ms"))
            ? "n/a"
            : String.format(Locale.ROOT, "%.0f ms", median("first_frame_cpu_ms")),
        loadBefore,
        loadAfter);
  }

  /** The console's start-up marks (median over the starts), in the order they happen. */
  String timeline() {
    Map<String, Double> marks = new LinkedHashMap<>();
    runs.getFirst().keySet().stream()
        .filter(k -> k.startsWith("at_"))
        .forEach(k -> marks.put(k, median(k)));
    return marks.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .map(
            e ->
                String.format(
                    Locale.ROOT,
                    "%s=%.0f",
                    e.getKey().substring(3, e.getKey().length() - 3).replace('_', '-'),
                    e.getValue()))
        .collect(Collectors.joining(" "));
  }

  /** The 1, 5 and 15 minute load averages, and the CPUs they are to be read against. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0]
          + " "
          + f[1]
          + " "
          + f[2]
          + " on "
          + Runtime.getRuntime().availableProcessors()
          + " CPUs";
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
