package io.odigos.odiglet.ebpf.trace;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.Span;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An event as an OTLP span with the OpenTelemetry semantic-convention attributes of its kind: HTTP
 * ({@code http.request.method}, {@code url.path}, {@code http.route}, {@code
 * http.response.status_code}, {@code server.address}...), RPC ({@code rpc.system}, {@code
 * rpc.service}, {@code rpc.method}, {@code rpc.grpc.status_code}) and database ({@code
 * db.query.text}, {@code db.operation.name}, {@code db.system.name}). The span is written straight
 * in protobuf wire format ({@link #write}): this runs once per event on the ring buffer's thread,
 * where building a message object per span cost several microseconds. Pure.
 */
public final class GoSpans {
  /** gRPC codes a server counts as its own failure (the others are the caller's). */
  private static final Set<Integer> GRPC_SERVER_ERRORS = Set.of(2, 4, 12, 13, 14, 15);

  // opentelemetry.proto.trace.v1.Span fields
  static final int TRACE_ID = 1;
  static final int SPAN_ID = 2;
  static final int PARENT_SPAN_ID = 4;
  private static final int NAME = 5;
  private static final int KIND = 6;
  private static final int START = 7;
  private static final int END = 8;
  private static final int ATTRIBUTES = 9;
  private static final int STATUS = 15;
  private static final int KIND_SERVER = 2;
  private static final int KIND_CLIENT = 3;
  private static final int STATUS_CODE_ERROR = 2;

  private static final Map<String, byte[]> KEYS = new ConcurrentHashMap<>();

  private GoSpans() {}

  /**
   * The span as a message object (tests, tools): {@link #write}'s bytes parsed back.
   *
   * @param dbSystem the {@code db.system.name} of the process's SQL driver, or empty when unknown
   */
  public static Span toSpan(GoEvent e, EpochClock clock, String dbSystem) {
    ProtoWriter w = new ProtoWriter(512);
    write(w, e, clock, dbSystem);
    try {
      return Span.parseFrom(ByteString.copyFrom(w.array(), 0, w.size()));
    } catch (InvalidProtocolBufferException impossible) {
      throw new IllegalStateException("a span this class wrote does not parse", impossible);
    }
  }

  /**
   * Appends the fields of the OTLP {@code Span} message for {@code e} (not framed: the caller wraps
   * them as the {@code spans} field of a {@code ScopeSpans}).
   */
  static void write(ProtoWriter w, GoEvent e, EpochClock clock, String dbSystem) {
    w.bytes(TRACE_ID, e.traceId());
    w.bytes(SPAN_ID, e.spanId());
    if (e.hasParent()) {
      w.bytes(PARENT_SPAN_ID, e.parentSpanId());
    }
    times(w, clock, e.startMonoNanos(), e.endMonoNanos());
    constant(w, e, dbSystem);
    switch (e.kind()) {
      case HTTP_SERVER -> urlPath(w, e.path());
      case HTTP_CLIENT -> {
        str(w, "url.full", "http://" + e.host() + e.path());
        urlPath(w, e.path());
      }
      default -> {}
    }
  }

  /** Start and end (never before the start), in epoch nanoseconds. */
  static void times(ProtoWriter w, EpochClock clock, long startMono, long endMono) {
    w.fixed64(START, clock.epochNanos(startMono));
    w.fixed64(END, clock.epochNanos(Math.max(endMono, startMono)));
  }

  static void urlPath(ProtoWriter w, String path) {
    str(w, "url.path", path);
  }

  /**
   * What a span says beyond its ids, times and URL: kind, name, status and the attributes that
   * depend only on the event's kind, method, host, route, status, error flag, query and the
   * process's database. Many events share these, so {@link RecordSpanWriter} encodes them once.
   */
  static void constant(ProtoWriter w, GoEvent e, String dbSystem) {
    switch (e.kind()) {
      case HTTP_SERVER -> httpServer(e, w);
      case HTTP_CLIENT -> httpClient(e, w);
      case GRPC_SERVER, GRPC_CLIENT -> grpc(e, w);
      case SQL_QUERY -> sql(e, w, dbSystem);
    }
  }

  private static void httpServer(GoEvent e, ProtoWriter w) {
    String route = routeOf(e.route());
    w.varint(KIND, KIND_SERVER);
    if (route.isEmpty()) {
      w.string(NAME, e.method());
    } else {
      w.string(NAME, e.method() + " " + route);
    }
    str(w, "http.request.method", e.method());
    str(w, "url.scheme", "http");
    if (!route.isEmpty()) {
      str(w, "http.route", route);
    }
    num(w, "http.response.status_code", e.status());
    addServer(w, e.host());
    if (e.status() >= 500) {
      str(w, "error.type", Integer.toString(e.status()));
      error(w, null);
    }
  }

  private static void httpClient(GoEvent e, ProtoWriter w) {
    w.varint(KIND, KIND_CLIENT);
    w.string(NAME, e.method());
    str(w, "http.request.method", e.method());
    addServer(w, e.host());
    if (e.status() > 0) {
      num(w, "http.response.status_code", e.status());
    }
    if (e.failed()) {
      str(w, "error.type", "_OTHER");
      error(w, "the request failed");
    } else if (e.status() >= 400) {
      str(w, "error.type", Integer.toString(e.status()));
      error(w, null);
    }
  }

  private static void grpc(GoEvent e, ProtoWriter w) {
    boolean server = e.kind() == GoEvent.Kind.GRPC_SERVER;
    String full = e.method().startsWith("/") ? e.method().substring(1) : e.method();
    int slash = full.lastIndexOf('/');
    String service = slash > 0 ? full.substring(0, slash) : full;
    String method = slash > 0 ? full.substring(slash + 1) : "";
    w.varint(KIND, server ? KIND_SERVER : KIND_CLIENT);
    w.string(NAME, full);
    str(w, "rpc.system", "grpc");
    str(w, "rpc.service", service);
    if (!method.isEmpty()) {
      str(w, "rpc.method", method);
    }
    num(w, "rpc.grpc.status_code", e.status());
    if (!server) {
      addServer(w, targetHost(e.host()));
    }
    boolean failed = server ? GRPC_SERVER_ERRORS.contains(e.status()) : e.status() != 0;
    if (failed) {
      str(w, "error.type", Integer.toString(e.status()));
      error(w, null);
    }
  }

  private static void sql(GoEvent e, ProtoWriter w, String dbSystem) {
    String operation = firstWord(e.text());
    w.varint(KIND, KIND_CLIENT);
    w.string(NAME, operation.isEmpty() ? "query" : operation);
    str(w, "db.query.text", e.text());
    if (!operation.isEmpty()) {
      str(w, "db.operation.name", operation);
    }
    if (!dbSystem.isEmpty()) {
      str(w, "db.system.name", dbSystem);
    }
    if (e.failed()) {
      str(w, "error.type", "_OTHER");
      error(w, "the query failed");
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

  private static void addServer(ProtoWriter w, String hostPort) {
    if (hostPort.isEmpty()) {
      return;
    }
    int colon = hostPort.lastIndexOf(':');
    boolean hasPort = colon > 0 && hostPort.indexOf(']', colon) < 0;
    str(w, "server.address", hasPort ? hostPort.substring(0, colon) : hostPort);
    if (hasPort) {
      try {
        num(w, "server.port", Integer.parseInt(hostPort, colon + 1, hostPort.length(), 10));
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

  /** A {@code Status} with code ERROR (fields 2 message, 3 code). */
  private static void error(ProtoWriter w, String message) {
    int m = w.begin(STATUS);
    if (message != null) {
      w.string(2, message);
    }
    w.varint(3, STATUS_CODE_ERROR);
    w.end(m);
  }

  /** A {@code KeyValue} attribute (1 key, 2 value) with an {@code AnyValue} string (1). */
  static void str(ProtoWriter w, String key, String value) {
    byte[] k = keyField(key);
    byte[] v = value.getBytes(StandardCharsets.UTF_8);
    int any = 1 + ProtoWriter.varintSize(v.length) + v.length;
    w.header(ATTRIBUTES, k.length + 1 + ProtoWriter.varintSize(any) + any);
    w.raw(k, 0, k.length);
    w.header(2, any);
    w.bytes(1, v);
  }

  /**
   * A string attribute whose value is the bytes {@code a[aOff, aOff+aLen)} followed by {@code
   * b[bOff, bOff+bLen)}, already UTF-8 (the caller has checked).
   */
  static void strUtf8(
      ProtoWriter w, String key, byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) {
    byte[] k = keyField(key);
    int n = aLen + bLen;
    int any = 1 + ProtoWriter.varintSize(n) + n;
    w.header(ATTRIBUTES, k.length + 1 + ProtoWriter.varintSize(any) + any);
    w.raw(k, 0, k.length);
    w.header(2, any);
    w.header(1, n);
    w.raw(a, aOff, aLen);
    if (bLen > 0) {
      w.raw(b, bOff, bLen);
    }
  }

  /** A {@code KeyValue} attribute with an {@code AnyValue} int (3). */
  private static void num(ProtoWriter w, String key, long value) {
    byte[] k = keyField(key);
    int any = 1 + ProtoWriter.varintSize(value);
    w.header(ATTRIBUTES, k.length + 1 + ProtoWriter.varintSize(any) + any);
    w.raw(k, 0, k.length);
    w.header(2, any);
    w.varint(3, value);
  }

  /**
   * The encoded {@code KeyValue.key} field of an attribute name, made once per name: the names are
   * the few constants of this class, so the map stays small.
   */
  private static byte[] keyField(String key) {
    byte[] k = KEYS.get(key);
    if (k == null) {
      ProtoWriter w = new ProtoWriter(key.length() + 4);
      w.string(1, key);
      k = w.toByteArray();
      KEYS.put(key, k);
    }
    return k;
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
