package io.odigos.bench.ebpf;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The server under test: the Go test service ({@code gosvc -mode=http-backend}, whose {@code
 * /hello} handler writes one line) with {@code GOMAXPROCS} set, so that the probes' cost shows on a
 * fixed number of cores. Runs until closed.
 */
final class GoHttpServer implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;

  private GoHttpServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  static GoHttpServer start(Path gosvc, int maxProcs) throws IOException, InterruptedException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path log = Files.createTempFile("bench-gosvc-", ".log");
    ProcessBuilder b =
        new ProcessBuilder(gosvc.toString(), "-mode=http-backend", "-listen=127.0.0.1:" + port);
    b.environment().put("GOMAXPROCS", Integer.toString(maxProcs));
    // the current ServeMux (the module says go 1.21), as services written for Go 1.22+ get it
    b.environment().put("GODEBUG", "httpmuxgo121=0");
    Process p = b.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    GoHttpServer server = new GoHttpServer(p, port, log);
    try {
      server.awaitReady();
      return server;
    } catch (RuntimeException | IOException | InterruptedException e) {
      server.close();
      throw e;
    }
  }

  private void awaitReady() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "gosvc exited with " + process.exitValue() + ": " + Files.readString(log));
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(url())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("gosvc did not answer " + url() + " within 20 s");
      }
      Thread.sleep(100);
    }
  }

  String url() {
    return "http://127.0.0.1:" + port + "/hello";
  }

  long pid() {
    return process.pid();
  }

  /** The server's CPU time so far, in nanoseconds. */
  long cpuNanos() {
    if (!process.isAlive()) {
      throw new IllegalStateException("the server under test exited with " + process.exitValue());
    }
    return ProcStat.cpuNanos(process.pid());
  }

  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
