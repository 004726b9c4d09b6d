package io.odigos.odiglet.ebpf.attach;

import io.odigos.odiglet.ebpf.golang.StructOffsets;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The value of the probes' {@code go_procs} map for one process: {@code struct go_proc_config} of
 * {@code bpf/src/main/c/include/go_offsets.h}, field by field in the same order. Offsets the binary
 * does not have are written as {@code OFFSET_UNKNOWN}; a probe that needs one of those is not
 * attached (see {@link GoProbePlan}). Pure.
 */
public final class GoProcessConfig {
  public static final long OFFSET_UNKNOWN = -1L;
  public static final long FLAG_PROPAGATE = 1;
  public static final long FLAG_SWISS_MAPS = 2;

  private static final String T = "google.golang.org/grpc/internal/transport.";

  /** The struct's offset fields after {@code flags}, as keys of the offset table. */
  static final List<String> FIELDS =
      List.of(
          "runtime.g.goid",
          "net/http.Request.Method",
          "net/http.Request.URL",
          "net/http.Request.Host",
          "net/http.Request.Header",
          "net/http.Request.Pattern",
          "net/url.URL.Host",
          "net/url.URL.Path",
          "net/http.response.req",
          "net/http.response.status",
          "net/http.response.conn",
          "net/http.conn.rwc",
          "net/http.persistConn.conn",
          "net.netFD.laddr",
          "net.netFD.raddr",
          "net.TCPAddr.IP",
          "net.TCPAddr.Port",
          "net/http.Response.StatusCode",
          "bufio.Writer.buf",
          "bufio.Writer.n",
          T + "Stream.method",
          T + "Stream.id",
          "google.golang.org/grpc.ClientConn.target",
          T + "http2Client.conn",
          T + "http2Server.conn",
          "google.golang.org/grpc/internal/status.Error.s",
          "google.golang.org/grpc/internal/status.Status.s",
          "google.golang.org/genproto/googleapis/rpc/status.Status.Code");

  public static final int SIZE = 8 * (1 + FIELDS.size());

  private GoProcessConfig() {}

  public static byte[] encode(StructOffsets offsets, long flags) {
    ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(flags);
    for (String field : FIELDS) {
      b.putLong(offsets.optional(field).orElse(OFFSET_UNKNOWN));
    }
    return b.array();
  }

  /** Go 1.24 replaced the runtime's bucket maps by Swiss tables; the probes read both. */
  public static boolean swissMaps(String goVersion) {
    String v = goVersion.startsWith("go") ? goVersion.substring(2) : goVersion;
    String[] parts = v.split("[.a-z]", 3);
    try {
      int major = Integer.parseInt(parts[0]);
      int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      return major > 1 || minor >= 24;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
