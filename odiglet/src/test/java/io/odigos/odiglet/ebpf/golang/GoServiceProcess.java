package io.odigos.odiglet.ebpf.golang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One running {@code gosvc} (test helper): started on an ephemeral port ({@code -listen
 * 127.0.0.1:0}), the port read from its "listening on" log line; {@link #close()} stops it.
 *
 * <p>A chain for the eBPF tests: {@code http-backend} and {@code grpc-backend} first, then {@code
 * frontend} with {@code -http-backend http://127.0.0.1:<p> -grpc-backend 127.0.0.1:<p> -db <file>};
 * {@code GET /chain/<id>} on the frontend then calls both and queries sqlite.
 */
public final class GoServiceProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("listening on [^:]*:(\\d+)");

  private final Process process;
  private final int port;
  private final List<String> log;

  private GoServiceProcess(Process process, int port, List<String> log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts {@code binary -mode=<mode> -listen 127.0.0.1:0 <args>} and waits until it listens. */
  public static GoServiceProcess start(Path binary, String mode, String... args)
      throws IOException {
    List<String> cmd =
        new ArrayList<>(List.of(binary.toString(), "-mode=" + mode, "-listen", "127.0.0.1:0"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                  log.add(line);
                  Matcher m = LISTENING.matcher(line);
                  if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                  }
                }
              } catch (IOException e) {
                port.completeExceptionally(e);
              }
              port.completeExceptionally(new IOException("gosvc exited: " + log));
            },
            "gosvc-log-" + mode);
    reader.setDaemon(true);
    reader.start();
    try {
      return new GoServiceProcess(p, port.get(30, TimeUnit.SECONDS), log);
    } catch (Exception e) {
      p.destroyForcibly();
      throw new IOException("gosvc " + cmd + " did not start listening: " + log, e);
    }
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  /** What it logged so far. */
  public List<String> log() {
    return List.copyOf(log);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
  }
}
