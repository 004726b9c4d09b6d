package io.odigos.testbed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real OpenTelemetry Collector binary of the testbed, run as a child process. */
public final class Otelcol implements io.odigos.model.render.ConfigValidator {
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
    return validate(config, java.util.Map.of());
  }

  /** Validates with extra environment variables, as the collector's pod would have them. */
  public Result validate(Path config, java.util.Map<String, String> env) {
    return run(List.of("validate", "--config=file:" + config.toAbsolutePath()), env);
  }

  /** Writes the YAML to a temporary file and validates it. */
  public Result validateYaml(String yaml) {
    return validateYaml(yaml, java.util.Map.of());
  }

  /** Writes the YAML to a temporary file and validates it with extra environment variables. */
  public Result validateYaml(String yaml, java.util.Map<String, String> env) {
    try {
      Path file = Files.createTempFile("otelcol-", ".yaml");
      try {
        Files.writeString(file, yaml);
        return validate(file, env);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Validates a config in a pod-like filesystem: the collector runs in a private mount namespace
   * where {@code /run/secrets/kubernetes.io/serviceaccount} holds a CA bundle and a token, as a
   * Kubernetes pod has (the kubelet_stats receiver reads them while being built). Needs root and
   * {@code unshare} (util-linux), as this machine has.
   */
  public Result validateYamlAsPod(String yaml, java.util.Map<String, String> env) {
    Path caBundle = Path.of("/etc/ssl/certs/ca-certificates.crt");
    if (!Files.isReadable(caBundle)) {
      throw new IllegalStateException(
          caBundle + " is missing: run testbed/install.sh apt (it installs ca-certificates)");
    }
    try {
      Path dir = Files.createTempDirectory("otelcol-pod-");
      Path config = dir.resolve("config.yaml");
      Files.writeString(config, yaml);
      Path script = dir.resolve("as-pod.sh");
      Files.writeString(
          script,
          """
          set -e
          mount -t tmpfs pod-run /run
          sa=/run/secrets/kubernetes.io/serviceaccount
          mkdir -p "$sa"
          cp %s "$sa/ca.crt"
          echo not-a-real-token > "$sa/token"
          exec "$@"
          """
              .formatted(caBundle));
      try {
        return run(
            List.of(
                "unshare",
                "--mount",
                "--propagation",
                "private",
                "sh",
                script.toString(),
                binary.toString(),
                "validate",
                "--config=file:" + config),
            env,
            false);
      } finally {
        Files.deleteIfExists(config);
        Files.deleteIfExists(script);
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The collector's own verdict, as the config preview uses it. */
  @Override
  public java.util.Optional<String> problems(String yaml) {
    Result r = validateYaml(yaml);
    return r.ok() ? java.util.Optional.empty() : java.util.Optional.of(r.output().strip());
  }

  public String version() {
    Result r = run(List.of("--version"), java.util.Map.of());
    if (!r.ok()) {
      throw new IllegalStateException(binary + " --version failed: " + r.output());
    }
    return r.output().strip();
  }

  private Result run(List<String> args, java.util.Map<String, String> env) {
    return run(args, env, true);
  }

  private Result run(List<String> args, java.util.Map<String, String> env, boolean prefixBinary) {
    var command = new java.util.ArrayList<String>();
    if (prefixBinary) {
      command.add(binary.toString());
    }
    command.addAll(args);
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
      pb.environment().putAll(env);
      Process p = pb.start();
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
