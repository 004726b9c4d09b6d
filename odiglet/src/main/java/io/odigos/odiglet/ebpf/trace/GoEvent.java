package io.odigos.odiglet.ebpf.trace;

import java.util.HexFormat;

/**
 * One finished call as the Go probes saw it (a record of the ring buffer, see {@code
 * bpf/src/main/c/include/odigos_event.h}). Times are CLOCK_MONOTONIC nanoseconds, the clock of
 * {@link System#nanoTime()}. {@code method} is the HTTP method or the gRPC full method; {@code
 * host} the HTTP host or the gRPC target; {@code text} the SQL query.
 */
public record GoEvent(
    Kind kind,
    int tgid,
    long goid,
    long startMonoNanos,
    long endMonoNanos,
    byte[] traceId,
    byte[] spanId,
    byte[] parentSpanId,
    int flags,
    int status,
    String method,
    String path,
    String host,
    String route,
    String text) {

  public static final int FLAG_ERROR = 1;
  public static final int FLAG_PROPAGATED = 2;
  public static final int FLAG_REMOTE_PARENT = 4;
  public static final int FLAG_PEER_PARENT = 8;

  /** The kinds of events, with their numbers in the C header. */
  public enum Kind {
    HTTP_SERVER(1),
    HTTP_CLIENT(2),
    GRPC_SERVER(3),
    GRPC_CLIENT(4),
    SQL_QUERY(5);

    final int code;

    Kind(int code) {
      this.code = code;
    }

    private static final Kind[] ALL = values();

    static Kind of(int code) {
      for (Kind k : ALL) {
        if (k.code == code) {
          return k;
        }
      }
      return null;
    }
  }

  public boolean hasParent() {
    for (byte b : parentSpanId) {
      if (b != 0) {
        return true;
      }
    }
    return false;
  }

  public boolean failed() {
    return (flags & FLAG_ERROR) != 0;
  }

  public String traceIdHex() {
    return HexFormat.of().formatHex(traceId);
  }

  public String spanIdHex() {
    return HexFormat.of().formatHex(spanId);
  }

  public String parentSpanIdHex() {
    return HexFormat.of().formatHex(parentSpanId);
  }
}
