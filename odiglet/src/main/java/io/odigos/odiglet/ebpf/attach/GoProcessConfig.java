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
  public static final long FLAG_GRPC_STREAM_POINTER = 4;

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
          "google.golang.org/genproto/googleapis/rpc/status.Status.Code",
          T + "ServerStream.Stream",
          T + "ClientStream.Stream");

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

  /**
   * gRPC 1.69 to 1.76 pass {@code *ServerStream}/{@code *ClientStream} that embed a {@code *Stream}
   * pointer (1.77 embeds the struct itself; before 1.69 the argument is the {@code *Stream}): the
   * probes then follow one more pointer to reach the method and stream id.
   */
  public static boolean grpcStreamEmbeddedByPointer(String grpcVersion) {
    String[] parts = grpcVersion.replaceFirst("^v", "").split("[.+-]");
    try {
      int major = Integer.parseInt(parts[0]);
      int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      return major == 1 && minor >= 69 && minor <= 76;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The flags word for a process: what the probes may do and which layouts they read. */
  public static long flags(boolean propagate, String goVersion, java.util.Optional<String> grpc) {
    return (propagate ? FLAG_PROPAGATE : 0)
        | (swissMaps(goVersion) ? FLAG_SWISS_MAPS : 0)
        | (grpc.map(GoProcessConfig::grpcStreamEmbeddedByPointer).orElse(false)
            ? FLAG_GRPC_STREAM_POINTER
            : 0);
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
