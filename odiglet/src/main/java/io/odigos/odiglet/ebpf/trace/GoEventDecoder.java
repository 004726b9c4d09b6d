package io.odigos.odiglet.ebpf.trace;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the probes' ring-buffer records (layout of {@code odigos_event.h}: an 88-byte header then
 * a payload per kind). Pure; a record of the wrong size or kind is a {@link
 * MalformedEventException}, never a crash.
 */
public final class GoEventDecoder {
  static final int HEADER = 88;
  static final int METHOD_MAX = 16;
  static final int PATH_MAX = 128;
  static final int HOST_MAX = 64;
  static final int ROUTE_MAX = 64;
  static final int RPC_METHOD_MAX = 128;
  static final int QUERY_MAX = 256;
  static final int HTTP_SIZE = HEADER + 8 + METHOD_MAX + PATH_MAX + HOST_MAX + ROUTE_MAX;
  static final int GRPC_SIZE = HEADER + 8 + RPC_METHOD_MAX + HOST_MAX;
  static final int SQL_SIZE = HEADER + 8 + QUERY_MAX;

  private GoEventDecoder() {}

  /**
   * Checks that {@code rec[off, off+len)} is a record the probes write (a known kind, long enough
   * for it, every string within its field) and returns its kind's number.
   */
  static int checkedKind(byte[] rec, int off, int len) throws MalformedEventException {
    if (len < HEADER) {
      throw new MalformedEventException("record of " + len + " bytes is shorter than a header");
    }
    int code = RecordSpanWriter.le32(rec, off);
    GoEvent.Kind kind = GoEvent.Kind.of(code);
    if (kind == null) {
      throw new MalformedEventException("unknown event kind " + code);
    }
    int expected = expectedSize(kind);
    if (len < expected) {
      throw new MalformedEventException(
          kind + " record of " + len + " bytes, expected " + expected);
    }
    int p = off + HEADER;
    switch (kind) {
      case HTTP_SERVER, HTTP_CLIENT -> {
        checkLength(RecordSpanWriter.le16(rec, p), METHOD_MAX);
        checkLength(RecordSpanWriter.le16(rec, p + 2), PATH_MAX);
        checkLength(RecordSpanWriter.le16(rec, p + 4), HOST_MAX);
        checkLength(RecordSpanWriter.le16(rec, p + 6), ROUTE_MAX);
      }
      case GRPC_SERVER, GRPC_CLIENT -> {
        checkLength(RecordSpanWriter.le16(rec, p), RPC_METHOD_MAX);
        checkLength(RecordSpanWriter.le16(rec, p + 2), HOST_MAX);
      }
      case SQL_QUERY -> checkLength(RecordSpanWriter.le16(rec, p), QUERY_MAX);
    }
    return code;
  }

  private static void checkLength(int len, int max) throws MalformedEventException {
    if (len > max) {
      throw new MalformedEventException("string length " + len + " exceeds its field of " + max);
    }
  }

  private static int expectedSize(GoEvent.Kind kind) {
    return switch (kind) {
      case HTTP_SERVER, HTTP_CLIENT -> HTTP_SIZE;
      case GRPC_SERVER, GRPC_CLIENT -> GRPC_SIZE;
      case SQL_QUERY -> SQL_SIZE;
    };
  }

  public static GoEvent decode(ByteBuffer record) throws MalformedEventException {
    ByteBuffer b = record.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    int size = b.remaining();
    if (size < HEADER) {
      throw new MalformedEventException("record of " + size + " bytes is shorter than a header");
    }
    int base = b.position();
    int code = b.getInt(base);
    GoEvent.Kind kind = GoEvent.Kind.of(code);
    if (kind == null) {
      throw new MalformedEventException("unknown event kind " + code);
    }
    int expected = expectedSize(kind);
    if (size < expected) {
      throw new MalformedEventException(
          kind + " record of " + size + " bytes, expected " + expected);
    }
    int tgid = b.getInt(base + 4);
    long goid = b.getLong(base + 8);
    long start = b.getLong(base + 16);
    long end = b.getLong(base + 24);
    byte[] traceId = bytes(b, base + 32, 16);
    byte[] spanId = bytes(b, base + 48, 8);
    byte[] parentSpanId = bytes(b, base + 72, 8); // the parent's trace id (56) is ours
    int flags = b.getInt(base + 80);
    int status = b.getInt(base + 84);
    int p = base + HEADER;
    return switch (kind) {
      case HTTP_SERVER, HTTP_CLIENT -> {
        int methodLen = Short.toUnsignedInt(b.getShort(p));
        int pathLen = Short.toUnsignedInt(b.getShort(p + 2));
        int hostLen = Short.toUnsignedInt(b.getShort(p + 4));
        int routeLen = Short.toUnsignedInt(b.getShort(p + 6));
        int q = p + 8;
        String method = text(b, q, methodLen, METHOD_MAX);
        String path = text(b, q + METHOD_MAX, pathLen, PATH_MAX);
        String host = text(b, q + METHOD_MAX + PATH_MAX, hostLen, HOST_MAX);
        String route = text(b, q + METHOD_MAX + PATH_MAX + HOST_MAX, routeLen, ROUTE_MAX);
        yield new GoEvent(
            kind,
            tgid,
            goid,
            start,
            end,
            traceId,
            spanId,
            parentSpanId,
            flags,
            status,
            method,
            path,
            host,
            route,
            "");
      }
      case GRPC_SERVER, GRPC_CLIENT -> {
        int methodLen = Short.toUnsignedInt(b.getShort(p));
        int targetLen = Short.toUnsignedInt(b.getShort(p + 2));
        String method = text(b, p + 8, methodLen, RPC_METHOD_MAX);
        String target = text(b, p + 8 + RPC_METHOD_MAX, targetLen, HOST_MAX);
        yield new GoEvent(
            kind,
            tgid,
            goid,
            start,
            end,
            traceId,
            spanId,
            parentSpanId,
            flags,
            status,
            method,
            "",
            target,
            "",
            "");
      }
      case SQL_QUERY -> {
        int queryLen = Short.toUnsignedInt(b.getShort(p));
        String query = text(b, p + 8, queryLen, QUERY_MAX);
        yield new GoEvent(
            kind,
            tgid,
            goid,
            start,
            end,
            traceId,
            spanId,
            parentSpanId,
            flags,
            status,
            "",
            "",
            "",
            "",
            query);
      }
    };
  }

  private static byte[] bytes(ByteBuffer b, int at, int n) {
    byte[] out = new byte[n];
    b.get(at, out);
    return out;
  }

  private static String text(ByteBuffer b, int at, int len, int max)
      throws MalformedEventException {
    checkLength(len, max);
    byte[] out = new byte[len];
    b.get(at, out);
    return new String(out, StandardCharsets.UTF_8);
  }
}
