package io.odigos.odiglet.ebpf.trace;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One kept-alive plain HTTP/1.1 connection that POSTs a body and reads the status, for the
 * exporter's thread: a request per flush interval needs no selector, executor or connection pool,
 * and the JDK's HTTP client cost about as much CPU per span as encoding the span. It reads what a
 * server may answer (a {@code Content-Length} or chunked body, or one that ends with the
 * connection, {@code 1xx} interim answers, {@code Connection: close}) and discards the body. A
 * request that fails on a connection that had been idle (the server may have closed it meanwhile)
 * is sent once more on a new connection. Blocking, not thread-safe.
 */
final class HttpPostConnection implements AutoCloseable {
  private static final int MAX_LINE = 8192;
  private static final int WRITE_SLICE = 64 * 1024;

  private final URI uri;
  private final String host;
  private final int port;
  private final int timeoutMillis;
  private final byte[] head;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private final byte[] line = new byte[MAX_LINE];
  private final byte[] skip = new byte[8192];

  /**
   * @param uri an {@code http} URL (no TLS)
   */
  HttpPostConnection(URI uri, String contentType, Duration timeout) {
    if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("not a plain http URL: " + uri);
    }
    this.uri = uri;
    this.host = uri.getHost();
    this.port = uri.getPort() > 0 ? uri.getPort() : 80;
    this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      path += "?" + uri.getRawQuery();
    }
    this.head =
        ("POST "
                + path
                + " HTTP/1.1\r\nHost: "
                + uri.getRawAuthority()
                + "\r\nContent-Type: "
                + contentType
                + "\r\nContent-Length: ")
            .getBytes(StandardCharsets.US_ASCII);
  }

  /** POSTs {@code body[off, off+len)}; returns the final status code. */
  int post(byte[] body, int off, int len) throws IOException {
    boolean reused = socket != null;
    try {
      return exchange(body, off, len);
    } catch (IOException e) {
      close();
      if (!reused) {
        throw e;
      }
      return exchange(body, off, len); // the idle connection was gone: once more on a new one
    }
  }

  private int exchange(byte[] body, int off, int len) throws IOException {
    if (socket == null) {
      connect();
    }
    out.write(head);
    out.write((len + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    // in slices: the socket copies what it is given into a thread-cached direct buffer of that
    // size, which a whole request's body would make megabytes of native memory for good
    for (int i = 0; i < len; i += WRITE_SLICE) {
      out.write(body, off + i, Math.min(WRITE_SLICE, len - i));
    }
    out.flush();
    while (true) {
      int status = statusLine();
      long length = -1;
      boolean chunked = false;
      boolean keepAlive = true;
      for (int n; (n = readLine()) > 0; ) {
        String h = new String(line, 0, n, StandardCharsets.ISO_8859_1);
        int colon = h.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = h.substring(colon + 1).trim();
        switch (name) {
          case "content-length" -> length = parseLength(value);
          case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
          case "connection" -> keepAlive = !value.equalsIgnoreCase("close");
          default -> {}
        }
      }
      if (status / 100 == 1) {
        continue; // an interim answer; the final one follows
      }
      if (chunked) {
        skipChunks();
      } else if (length >= 0) {
        skipBytes(length);
      } else if (status != 204 && status != 304) {
        while (in.read(skip) >= 0) {
          // the body ends with the connection
        }
        keepAlive = false;
      }
      if (!keepAlive) {
        close();
      }
      return status;
    }
  }

  private void connect() throws IOException {
    Socket s = new Socket();
    try {
      s.setTcpNoDelay(true);
      s.setSoTimeout(timeoutMillis);
      s.connect(new InetSocketAddress(host, port), timeoutMillis);
      in = new BufferedInputStream(s.getInputStream(), 4096);
      out = new BufferedOutputStream(s.getOutputStream(), 512);
      socket = s;
    } catch (IOException e) {
      s.close();
      throw e;
    }
  }

  private int statusLine() throws IOException {
    int n = readLine();
    // "HTTP/1.1 200 OK"
    if (n < 12 || line[0] != 'H' || line[8] != ' ') {
      throw new IOException(
          "not an HTTP answer from "
              + uri
              + ": "
              + new String(line, 0, Math.max(n, 0), StandardCharsets.ISO_8859_1));
    }
    int status = 0;
    for (int i = 9; i < 12; i++) {
      int d = line[i] - '0';
      if (d < 0 || d > 9) {
        throw new IOException("bad HTTP status line from " + uri);
      }
      status = status * 10 + d;
    }
    return status;
  }

  /** One line without its CRLF into {@link #line}; returns its length. */
  private int readLine() throws IOException {
    int n = 0;
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("the connection to " + uri + " closed mid-answer");
      }
      if (b == '\n') {
        return n > 0 && line[n - 1] == '\r' ? n - 1 : n;
      }
      if (n == MAX_LINE) {
        throw new IOException("an HTTP header line longer than " + MAX_LINE + " bytes");
      }
      line[n++] = (byte) b;
    }
  }

  private void skipChunks() throws IOException {
    while (true) {
      int n = readLine();
      String size = new String(line, 0, n, StandardCharsets.ISO_8859_1);
      int semi = size.indexOf(';');
      long len;
      try {
        len = Long.parseLong((semi >= 0 ? size.substring(0, semi) : size).trim(), 16);
      } catch (NumberFormatException e) {
        throw new IOException("bad chunk size from " + uri + ": " + size);
      }
      if (len == 0) {
        while (readLine() > 0) {
          // trailers
        }
        return;
      }
      skipBytes(len);
      readLine(); // the CRLF after the chunk
    }
  }

  private void skipBytes(long n) throws IOException {
    while (n > 0) {
      int r = in.read(skip, 0, (int) Math.min(skip.length, n));
      if (r < 0) {
        throw new EOFException("the connection to " + uri + " closed mid-body");
      }
      n -= r;
    }
  }

  private static long parseLength(String v) throws IOException {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IOException("bad Content-Length: " + v);
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // nothing left to do with it
      }
      socket = null;
      in = null;
      out = null;
    }
  }
}
