package io.odigos.odiglet.ebpf.trace;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.util.Locale;
import java.util.Set;

/**
 * An event as an OTLP span with the OpenTelemetry semantic-convention attributes of its kind: HTTP
 * ({@code http.request.method}, {@code url.path}, {@code http.route}, {@code
 * http.response.status_code}, {@code server.address}...), RPC ({@code rpc.system}, {@code
 * rpc.service}, {@code rpc.method}, {@code rpc.grpc.status_code}) and database ({@code
 * db.query.text}, {@code db.operation.name}, {@code db.system.name}). Pure.
 */
public final class GoSpans {
  /** gRPC codes a server counts as its own failure (the others are the caller's). */
  private static final Set<Integer> GRPC_SERVER_ERRORS = Set.of(2, 4, 12, 13, 14, 15);

  private GoSpans() {}

  /**
   * @param dbSystem the {@code db.system.name} of the process's SQL driver, or empty when unknown
   */
  public static Span toSpan(GoEvent e, EpochClock clock, String dbSystem) {
    Span.Builder s =
        Span.newBuilder()
            .setTraceId(ByteString.copyFrom(e.traceId()))
            .setSpanId(ByteString.copyFrom(e.spanId()))
            .setStartTimeUnixNano(clock.epochNanos(e.startMonoNanos()))
            .setEndTimeUnixNano(clock.epochNanos(Math.max(e.endMonoNanos(), e.startMonoNanos())));
    if (e.hasParent()) {
      s.setParentSpanId(ByteString.copyFrom(e.parentSpanId()));
    }
    switch (e.kind()) {
      case HTTP_SERVER -> httpServer(e, s);
      case HTTP_CLIENT -> httpClient(e, s);
      case GRPC_SERVER, GRPC_CLIENT -> grpc(e, s);
      case SQL_QUERY -> sql(e, s, dbSystem);
    }
    return s.build();
  }

  private static void httpServer(GoEvent e, Span.Builder s) {
    String route = routeOf(e.route());
    s.setKind(Span.SpanKind.SPAN_KIND_SERVER)
        .setName(route.isEmpty() ? e.method() : e.method() + " " + route);
    s.addAttributes(str("http.request.method", e.method()));
    s.addAttributes(str("url.path", e.path()));
    s.addAttributes(str("url.scheme", "http"));
    if (!route.isEmpty()) {
      s.addAttributes(str("http.route", route));
    }
    s.addAttributes(num("http.response.status_code", e.status()));
    addServer(s, e.host());
    if (e.status() >= 500) {
      s.setStatus(error(null)).addAttributes(str("error.type", Integer.toString(e.status())));
    }
  }

  private static void httpClient(GoEvent e, Span.Builder s) {
    s.setKind(Span.SpanKind.SPAN_KIND_CLIENT).setName(e.method());
    s.addAttributes(str("http.request.method", e.method()));
    s.addAttributes(str("url.full", "http://" + e.host() + e.path()));
    s.addAttributes(str("url.path", e.path()));
    addServer(s, e.host());
    if (e.status() > 0) {
      s.addAttributes(num("http.response.status_code", e.status()));
    }
    if (e.failed()) {
      s.setStatus(error("the request failed")).addAttributes(str("error.type", "_OTHER"));
    } else if (e.status() >= 400) {
      s.setStatus(error(null)).addAttributes(str("error.type", Integer.toString(e.status())));
    }
  }

  private static void grpc(GoEvent e, Span.Builder s) {
    boolean server = e.kind() == GoEvent.Kind.GRPC_SERVER;
    String full = e.method().startsWith("/") ? e.method().substring(1) : e.method();
    int slash = full.lastIndexOf('/');
    String service = slash > 0 ? full.substring(0, slash) : full;
    String method = slash > 0 ? full.substring(slash + 1) : "";
    s.setKind(server ? Span.SpanKind.SPAN_KIND_SERVER : Span.SpanKind.SPAN_KIND_CLIENT)
        .setName(full);
    s.addAttributes(str("rpc.system", "grpc"));
    s.addAttributes(str("rpc.service", service));
    if (!method.isEmpty()) {
      s.addAttributes(str("rpc.method", method));
    }
    s.addAttributes(num("rpc.grpc.status_code", e.status()));
    if (!server) {
      addServer(s, targetHost(e.host()));
    }
    boolean failed = server ? GRPC_SERVER_ERRORS.contains(e.status()) : e.status() != 0;
    if (failed) {
      s.setStatus(error(null)).addAttributes(str("error.type", Integer.toString(e.status())));
    }
  }

  private static void sql(GoEvent e, Span.Builder s, String dbSystem) {
    String operation = firstWord(e.text());
    s.setKind(Span.SpanKind.SPAN_KIND_CLIENT).setName(operation.isEmpty() ? "query" : operation);
    s.addAttributes(str("db.query.text", e.text()));
    if (!operation.isEmpty()) {
      s.addAttributes(str("db.operation.name", operation));
    }
    if (!dbSystem.isEmpty()) {
      s.addAttributes(str("db.system.name", dbSystem));
    }
    if (e.failed()) {
      s.setStatus(error("the query failed")).addAttributes(str("error.type", "_OTHER"));
    }
  }

  /** "GET example.com/items/{id}" → "/items/{id}": the path part of a ServeMux pattern. */
  static String routeOf(String pattern) {
    if (pattern.isEmpty()) {
      return "";
    }
    int space = pattern.indexOf(' ');
    String rest = space >= 0 ? pattern.substring(space + 1).trim() : pattern;
    int slash = rest.indexOf('/');
    return slash >= 0 ? rest.substring(slash) : "";
  }

  /** "dns:///backend:50051" or "backend:50051" → "backend:50051". */
  static String targetHost(String target) {
    int scheme = target.indexOf(":///");
    if (scheme >= 0) {
      return target.substring(scheme + 4);
    }
    int slashes = target.indexOf("://");
    return slashes >= 0 ? target.substring(slashes + 3) : target;
  }

  private static void addServer(Span.Builder s, String hostPort) {
    if (hostPort.isEmpty()) {
      return;
    }
    int colon = hostPort.lastIndexOf(':');
    boolean hasPort = colon > 0 && hostPort.indexOf(']', colon) < 0;
    String host = hasPort ? hostPort.substring(0, colon) : hostPort;
    s.addAttributes(str("server.address", host));
    if (hasPort) {
      try {
        s.addAttributes(num("server.port", Integer.parseInt(hostPort.substring(colon + 1))));
      } catch (NumberFormatException notAPort) {
        // a host with a colon but no port: the address alone says it
      }
    }
  }

  private static String firstWord(String query) {
    String q = query.strip();
    int end = 0;
    while (end < q.length() && Character.isLetter(q.charAt(end))) {
      end++;
    }
    return q.substring(0, end).toUpperCase(Locale.ROOT);
  }

  private static Status error(String message) {
    Status.Builder b = Status.newBuilder().setCode(Status.StatusCode.STATUS_CODE_ERROR);
    if (message != null) {
      b.setMessage(message);
    }
    return b.build();
  }

  static KeyValue str(String key, String value) {
    return KeyValue.newBuilder()
        .setKey(key)
        .setValue(AnyValue.newBuilder().setStringValue(value))
        .build();
  }

  static KeyValue num(String key, long value) {
    return KeyValue.newBuilder()
        .setKey(key)
        .setValue(AnyValue.newBuilder().setIntValue(value))
        .build();
  }
}
