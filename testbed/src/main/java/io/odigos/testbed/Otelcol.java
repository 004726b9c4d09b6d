package io.odigos.testbed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real OpenTelemetry Collector binary of the testbed, run as a child process. */
public final class Otelcol {
  private final Path binary;

  public Otelcol(Path binary) {
    this.binary = binary;
  }

  public static Otelcol fromTestbed() {
    return new Otelcol(TestbedLayout.discover().otelcol());
  }

  public Path binary() {
    return binary;
  }

  /** What a run of the collector printed and how it ended. */
  public record Result(int exitCode, String output) {
    public boolean ok() {
      return exitCode == 0;
    }
  }

  /**
   * Runs {@code otelcol validate} on a config file: the collector's own parsing and component
   * checks.
   */
  public Result validate(Path config) {
    return run(List.of("validate", "--config=file:" + config.toAbsolutePath()));
  }

  /** Writes the YAML to a temporary file and validates it. */
  public Result validateYaml(String yaml) {
    try {
      Path file = Files.createTempFile("otelcol-", ".yaml");
      try {
        Files.writeString(file, yaml);
        return validate(file);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String version() {
    Result r = run(List.of("--version"));
    if (!r.ok()) {
      throw new IllegalStateException(binary + " --version failed: " + r.output());
    }
    return r.output().strip();
  }

  private Result run(List<String> args) {
    var command = new java.util.ArrayList<String>();
    command.add(binary.toString());
    command.addAll(args);
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(command + " did not finish within 60 s");
      }
      return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
