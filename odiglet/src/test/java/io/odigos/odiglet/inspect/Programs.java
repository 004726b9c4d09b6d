package io.odigos.odiglet.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real programs for the detection tests: finds tools (failing loudly with the command that installs
 * them), runs commands for their output, and starts long-running processes that print {@code ready}
 * once their runtime is up.
 */
final class Programs {
  static final String INSTALL_HINT = "install the test runtimes with: odiglet/test-runtimes.sh";

  private Programs() {}

  /** An executable on PATH or at one of the given absolute paths; fails the test when missing. */
  static String tool(String name, String... knownPaths) {
    for (String p : knownPaths) {
      if (Files.isExecutable(Path.of(p))) {
        return p;
      }
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, name);
      if (!dir.isEmpty() && Files.isExecutable(p)) {
        return p.toString();
      }
    }
    throw new AssertionError("'" + name + "' not found on PATH; " + INSTALL_HINT);
  }

  /** Runs a command to completion; returns stdout and stderr together. Fails on a non-zero exit. */
  static String output(Map<String, String> env, Path dir, String... command) {
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
      pb.environment().putAll(env);
      if (dir != null) {
        pb.directory(dir.toFile());
      }
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", List.of(command)).isTrue();
      assertThat(p.exitValue()).as("exit of %s: %s", List.of(command), out).isZero();
      return out;
    } catch (IOException e) {
      throw new AssertionError("cannot run " + List.of(command) + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static String output(String... command) {
    return output(Map.of(), null, command);
  }

  /** A started process; closing kills it and its children. */
  static final class Running implements AutoCloseable {
    final Process process;

    private Running(Process process) {
      this.process = process;
    }

    int pid() {
      return (int) process.pid();
    }

    @Override
    public void close() {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Starts the command and waits (up to 60 s) for it to print a line {@code ready}. */
  static Running startReady(Map<String, String> env, String... command) {
    List<String> cmd = new ArrayList<>(List.of(command));
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
      pb.environment().putAll(env);
      Process p = pb.start();
      Running r = new Running(p);
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      Thread reader =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      String line;
                      while ((line = out.readLine()) != null && !line.strip().equals("ready")) {
                        // wait for the marker
                      }
                    } catch (IOException ignored) {
                      // the process died; checked below
                    }
                  });
      if (!reader.join(java.time.Duration.ofSeconds(60)) || !p.isAlive()) {
        r.close();
        throw new AssertionError(cmd + " did not print 'ready' (alive=" + p.isAlive() + ")");
      }
      return r;
    } catch (IOException e) {
      throw new AssertionError("cannot start " + cmd + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
