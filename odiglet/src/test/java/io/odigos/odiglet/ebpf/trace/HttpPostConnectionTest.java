package io.odigos.odiglet.ebpf.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exporter's HTTP/1.1 connection against a real socket server that answers from a script:
 * bodies by length, chunked and up to the close, interim answers, a server that closes an idle
 * kept-alive connection, and one that answers garbage.
 */
class HttpPostConnectionTest {
  private ServerSocket server;
  private final Queue<String> answers = new ConcurrentLinkedQueue<>();
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();

  /** Close every connection after this many requests on it. */
  private volatile int requestsPerConnection = Integer.MAX_VALUE;

  @BeforeEach
  void start() throws IOException {
    server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
    Thread.ofPlatform().daemon().start(this::accept);
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private void accept() {
    while (!server.isClosed()) {
      try (Socket s = server.accept()) {
        connections.incrementAndGet();
        serve(s);
      } catch (IOException closed) {
        // next connection, or the end of the test
      }
    }
  }

  private void serve(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    OutputStream out = s.getOutputStream();
    for (int served = 0; served < requestsPerConnection; served++) {
      int length = -1;
      String line;
      StringBuilder head = new StringBuilder();
      while (!(line = readLine(in)).isEmpty()) {
        head.append(line).append('\n');
        if (line.toLowerCase().startsWith("content-length:")) {
          length = Integer.parseInt(line.substring(15).trim());
        }
      }
      if (!head.toString().startsWith("POST /v1/traces HTTP/1.1\nHost: 127.0.0.1:")) {
        throw new IOException("unexpected request: " + head);
      }
      bodies.add(new String(in.readNBytes(length), StandardCharsets.UTF_8));
      String answer = answers.poll();
      out.write(
          (answer == null ? "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n" : answer)
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      if (answer != null && answer.contains("Connection: close")) {
        return;
      }
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c; (c = in.read()) != '\n'; ) {
      if (c < 0) {
        throw new IOException("closed");
      }
      if (c != '\r') {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  private HttpPostConnection connection() {
    return new HttpPostConnection(
        URI.create("http://127.0.0.1:" + server.getLocalPort() + "/v1/traces"),
        "application/x-protobuf",
        Duration.ofSeconds(5));
  }

  private static byte[] body(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsEveryKindOfAnswerOnOneKeptAliveConnection() throws Exception {
    answers.add("HTTP/1.1 200 OK\r\nContent-Type: x\r\nContent-Length: 5\r\n\r\nhello");
    answers.add(
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 202 Accepted\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "3;x=y\r\nabc\r\n2\r\nde\r\n0\r\nTrailer: t\r\n\r\n");
    answers.add("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 2\r\n\r\nno");
    try (HttpPostConnection c = connection()) {
      byte[] b = body("xxspan-bytesxx");
      assertThat(c.post(b, 2, 10)).isEqualTo(200);
      assertThat(c.post(b, 0, 2)).isEqualTo(202);
      assertThat(c.post(b, 0, 1)).isEqualTo(503);
      assertThat(c.post(b, 0, 0)).isEqualTo(200);
    }
    assertThat(bodies).containsExactly("span-bytes", "xx", "x", "");
    assertThat(connections.get()).isEqualTo(1);
  }

  @Test
  void aBodyUpToTheCloseAndConnectionCloseOpenANewConnection() throws Exception {
    answers.add("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nwhatever");
    answers.add("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    try (HttpPostConnection c = connection()) {
      assertThat(c.post(body("a"), 0, 1)).isEqualTo(200);
      assertThat(c.post(body("b"), 0, 1)).isEqualTo(200);
      assertThat(c.post(body("c"), 0, 1)).isEqualTo(200);
    }
    assertThat(bodies).containsExactly("a", "b", "c");
    assertThat(connections.get()).isEqualTo(3);
  }

  @Test
  void anIdleConnectionTheServerClosedIsReplacedWithoutLosingTheRequest() throws Exception {
    requestsPerConnection = 1; // closes without saying so, as an idle timeout does
    try (HttpPostConnection c = connection()) {
      assertThat(c.post(body("one"), 0, 3)).isEqualTo(200);
      Thread.sleep(100);
      assertThat(c.post(body("two"), 0, 3)).isEqualTo(200);
    }
    assertThat(bodies).containsExactly("one", "two");
    assertThat(connections.get()).isEqualTo(2);
  }

  @Test
  void garbageAndRefusedConnectionsAreIoExceptions() throws Exception {
    answers.add("SSH-2.0-OpenSSH\r\n\r\n");
    try (HttpPostConnection c = connection()) {
      assertThatThrownBy(() -> c.post(body("a"), 0, 1))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("not an HTTP answer");
    }
    int port = server.getLocalPort();
    server.close();
    try (HttpPostConnection c =
        new HttpPostConnection(
            URI.create("http://127.0.0.1:" + port + "/v1/traces"), "x", Duration.ofSeconds(2))) {
      assertThatThrownBy(() -> c.post(body("a"), 0, 1)).isInstanceOf(IOException.class);
    }
    assertThatThrownBy(
            () -> new HttpPostConnection(URI.create("https://x/v1/traces"), "x", Duration.ZERO))
        .hasMessageContaining("not a plain http URL");
  }
}
