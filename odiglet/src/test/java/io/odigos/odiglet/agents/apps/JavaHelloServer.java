package io.odigos.odiglet.agents.apps;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A Java service for the end-to-end test, run as its own process: the JDK's HTTP server (which the
 * OpenTelemetry javaagent instruments since 2.14) answering GET /hello/... on 127.0.0.1:$PORT.
 */
public final class JavaHelloServer {
  private JavaHelloServer() {}

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(System.getenv("PORT"));
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext(
        "/hello",
        exchange -> {
          byte[] body =
              ("hello from java " + exchange.getRequestURI() + "\n")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    System.out.println("listening on " + port);
  }
}
