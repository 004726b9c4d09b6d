package io.odigos.bench.ebpf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's handle on the {@link ProbeAgentMain} child JVM: starts it with the given JVM
 * flags, sends it commands and waits for its answers; everything else it prints (its log) goes to a
 * file.
 */
final class ProbeAgentJvm implements AutoCloseable {
  private final Process process;
  private final Writer commands;
  private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
  private final Path log;

  private ProbeAgentJvm(Process process, Path log) {
    this.process = process;
    this.log = log;
    this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    Thread.ofPlatform().daemon().name("probe-agent-output").start(this::readOutput);
  }

  static ProbeAgentJvm start(String java, List<String> jvmFlags, String otlpEndpoint)
      throws IOException {
    List<String> cmd = new ArrayList<>(List.of(java));
    cmd.addAll(jvmFlags);
    cmd.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            ProbeAgentMain.class.getName(),
            otlpEndpoint));
    Path log = Files.createTempFile("bench-probe-agent-", ".log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    ProbeAgentJvm agent = new ProbeAgentJvm(p, log);
    String ready = agent.reply(60);
    if (!ready.startsWith("ready")) {
      agent.close();
      throw new IllegalStateException("the probe agent JVM did not start: " + ready);
    }
    return agent;
  }

  private void readOutput() {
    try (BufferedReader r =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer logFile =
            Files.newBufferedWriter(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith(ProbeAgentMain.REPLY)) {
          replies.add(line.substring(ProbeAgentMain.REPLY.length()));
        } else {
          logFile.write(line);
          logFile.write('\n');
          logFile.flush();
        }
      }
    } catch (IOException e) {
      replies.add("error reading the agent's output: " + e);
    }
    replies.add("error the probe agent JVM exited (its log: " + log + ")");
  }

  private String reply(int timeoutSeconds) {
    try {
      String r = replies.poll(timeoutSeconds, TimeUnit.SECONDS);
      if (r == null) {
        throw new IllegalStateException(
            "no answer from the probe agent JVM in "
                + timeoutSeconds
                + " s (its log: "
                + log
                + ")");
      }
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private synchronized String send(String command) {
    try {
      commands.write(command + "\n");
      commands.flush();
    } catch (IOException e) {
      throw new IllegalStateException("the probe agent JVM is gone (its log: " + log + ")", e);
    }
    String r = reply(60);
    if (r.startsWith("error")) {
      throw new IllegalStateException("probe agent: " + command + ": " + r);
    }
    return r;
  }

  /** Probes the process with the full Go probes; returns the number of uprobes attached. */
  int attach(long pid) {
    String r = send("attach " + pid);
    return Integer.parseInt(r.substring("attached ".length()).trim());
  }

  void detach() {
    send("detach");
  }

  AgentStats stats() {
    return AgentStats.parse(send("stats").substring("stats ".length()));
  }

  /** The agent's heap and non-heap memory, in words. */
  String memory() {
    return send("memory").substring("memory ".length());
  }

  long pid() {
    return process.pid();
  }

  Path log() {
    return log;
  }

  @Override
  public void close() {
    try {
      commands.write("quit\n");
      commands.flush();
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException | InterruptedException e) {
      process.destroyForcibly();
    }
  }
}
