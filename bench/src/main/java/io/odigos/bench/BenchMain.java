package io.odigos.bench;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs the benchmarks and prints each figure with its ratio to the baseline of the same run. */
public final class BenchMain {

  /** PRODUCT.md: rendering the gateway config for 100 destinations × 50 actions, at most. */
  static final double TARGET_MS = 20.0;

  private BenchMain() {}

  public static void main(String[] args) throws RunnerException {
    Collection<RunResult> results =
        new Runner(
                new OptionsBuilder()
                    .include(GatewayRenderBenchmark.class.getSimpleName())
                    .shouldFailOnError(true)
                    .build())
            .run();
    Map<String, Double> msBySize = new TreeMap<>();
    for (RunResult r : results) {
      msBySize.put(r.getParams().getParam("size"), r.getPrimaryResult().getScore());
    }
    double baseline = msBySize.get("1x1");
    double target = msBySize.get("100x50");
    System.out.printf(
        "%ngateway render, 1 destination x 1 action (baseline): %.3f ms%n"
            + "gateway render, 100 destinations x 50 actions:      %.3f ms  (%.0fx baseline;"
            + " target <= %.0f ms: %s)%n",
        baseline, target, target / baseline, TARGET_MS, target <= TARGET_MS ? "met" : "MISSED");
  }
}
