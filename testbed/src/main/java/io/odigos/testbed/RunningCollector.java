package io.odigos.testbed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The real collector running a config as a child process, until closed. Its output goes to a log
 * file that failures quote.
 */
public final class RunningCollector implements AutoCloseable {

  private final Process process;
  private final Path log;

  private RunningCollector(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Starts the collector and waits until {@code readyPort} on 127.0.0.1 accepts connections.
   *
   * @param env extra environment (e.g. the secret env vars a gateway pod would get)
   */
  public static RunningCollector start(
      Otelcol otelcol, String yaml, int readyPort, Map<String, String> env) {
    try {
      Path dir = Files.createTempDirectory("otelcol-run-");
      Path config = dir.resolve("config.yaml");
      Files.writeString(config, yaml);
      Path log = dir.resolve("collector.log");
      ProcessBuilder pb =
          new ProcessBuilder(otelcol.binary().toString(), "--config=file:" + config)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      pb.environment().putAll(env);
      RunningCollector collector = new RunningCollector(pb.start(), log);
      try {
        collector.awaitPort(readyPort, Duration.ofSeconds(30));
      } catch (RuntimeException e) {
        // a collector that never listened (e.g. a processor failed to start) must not outlive the
        // test
        collector.close();
        throw e;
      }
      return collector;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A TCP port that was free a moment ago, for a collector listener. */
  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  private void awaitPort(int port, Duration patience) {
    Instant deadline = Instant.now().plus(patience);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the collector exited with " + process.exitValue() + ":\n" + output());
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        sleep();
      }
    }
    throw new IllegalStateException(
        "the collector did not listen on " + port + " within " + patience + ":\n" + output());
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Lines the collector logged, for assertions on what it said. */
  public List<String> outputLines() {
    return output().lines().toList();
  }
}
