package io.odigos.odiglet.ebpf;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The three test services of one Go binary (gosvc): a frontend whose {@code /chain/} handler calls
 * the HTTP backend, the gRPC backend and sqlite; all running until closed.
 */
final class GoServiceProcesses implements AutoCloseable {
  final Process frontend;
  final Process httpBackend;
  final Process grpcBackend;
  final int frontendPort;
  private final List<Process> all = new ArrayList<>();
  private final Path workDir;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private GoServiceProcesses(Path binary) throws IOException {
    workDir = Files.createTempDirectory("gosvc-");
    int grpcPort = freePort();
    int httpPort = freePort();
    frontendPort = freePort();
    grpcBackend = start(binary, "-mode=grpc-backend", "-listen=127.0.0.1:" + grpcPort);
    httpBackend = start(binary, "-mode=http-backend", "-listen=127.0.0.1:" + httpPort);
    frontend =
        start(
            binary,
            "-mode=frontend",
            "-listen=127.0.0.1:" + frontendPort,
            "-http-backend=http://127.0.0.1:" + httpPort,
            "-grpc-backend=127.0.0.1:" + grpcPort,
            "-db=" + workDir.resolve("items.db"));
  }

  static GoServiceProcesses start(Path binary) throws Exception {
    GoServiceProcesses p = new GoServiceProcesses(binary);
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (true) {
        try {
          // ready once a whole chain answers: the frontend listens before its backends may
          if (p.get("/healthz", Map.of()).statusCode() == 200
              && p.get("/chain/0", Map.of()).statusCode() == 200) {
            return p;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the Go test services of " + binary + " did not start");
        }
        Thread.sleep(100);
      }
    } catch (Exception e) {
      p.close();
      throw e;
    }
  }

  HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + frontendPort + path))
            .timeout(Duration.ofSeconds(15));
    headers.forEach(b::header);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private Process start(Path binary, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(binary.toString());
    cmd.addAll(List.of(args));
    ProcessBuilder b = new ProcessBuilder(cmd);
    // the module says go 1.21, which keeps Go 1.22+'s ServeMux in its 1.21 mode (no patterns, no
    // Request.Pattern): ask for the current mux, as services written for 1.22+ get it
    b.environment().put("GODEBUG", "httpmuxgo121=0");
    Process p =
        b.redirectErrorStream(true)
            .redirectOutput(workDir.resolve("out-" + all.size() + ".log").toFile())
            .start();
    all.add(p);
    return p;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    for (Process p : all) {
      p.destroyForcibly();
    }
    for (Process p : all) {
      try {
        p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
