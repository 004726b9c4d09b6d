package io.odigos.bench.ebpf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The load generator, a separate Go process ({@code bench/src/main/go/ratedload}, built by {@code
 * bench/run.sh ebpf}), so that the server's CPU time is the server's alone and the generator's own
 * work does not run in the benchmark's JVM.
 */
final class RatedLoad {
  private final Path binary;

  RatedLoad(Path binary) {
    this.binary = binary;
  }

  /** Open loop: {@code rate} requests per second whatever the server does. */
  LoadResult fixedRate(String url, int rate, Duration duration, int connections) {
    return run(url, rate, duration, connections);
  }

  /** Closed loop: {@code connections} clients as fast as the server answers. */
  LoadResult saturate(String url, Duration duration, int connections) {
    return run(url, 0, duration, connections);
  }

  private LoadResult run(String url, int rate, Duration duration, int connections) {
    List<String> cmd =
        List.of(
            binary.toString(),
            "-url",
            url,
            "-rate",
            Integer.toString(rate),
            "-duration",
            duration.toMillis() + "ms",
            "-c",
            Integer.toString(connections));
    try {
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(duration.toSeconds() + 30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("the load generator did not finish: " + cmd);
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(
            "the load generator failed (exit " + p.exitValue() + "): " + cmd + "\n" + out);
      }
      return LoadResult.parse(out);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run the load generator " + binary + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
