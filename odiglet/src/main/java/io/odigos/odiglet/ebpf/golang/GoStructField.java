package io.odigos.odiglet.ebpf.golang;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The struct fields the Go probes read, named {@code <package path>.<Type>.<field>}. Adding one is
 * one line here plus a regeneration of the offset table ({@link GoOffsetTable}) from DWARF.
 *
 * @param key e.g. {@code net/http.Request.Method}
 * @param source whose version the offset depends on: the Go toolchain (standard library) or the
 *     gRPC module (the gRPC fields, including the {@code x/net/http2} and genproto types gRPC
 *     brings along, are keyed by the gRPC version they were measured with)
 * @param optional absent in some versions (e.g. {@code Request.Pattern} before Go 1.23): probes
 *     must cope without it
 */
public record GoStructField(String key, Source source, boolean optional) {
  /** Whose version decides the offset. */
  public enum Source {
    GO,
    GRPC
  }

  /** The module that {@link Source#GRPC} fields are keyed by. */
  public static final String GRPC_MODULE = "google.golang.org/grpc";

  private static final String T = "google.golang.org/grpc/internal/transport.";

  /** Every field, in table order. */
  public static final List<GoStructField> ALL =
      List.of(
          go("runtime.g.goid"),
          go("net/http.Request.Method"),
          go("net/http.Request.URL"),
          go("net/http.Request.Host"),
          go("net/http.Request.Header"),
          new GoStructField("net/http.Request.Pattern", Source.GO, true),
          go("net/url.URL.Host"),
          go("net/url.URL.Path"),
          go("net/http.response.req"),
          go("net/http.response.status"),
          go("net/http.response.conn"),
          go("net/http.conn.rwc"),
          go("net/http.persistConn.conn"),
          go("net.netFD.laddr"),
          go("net.netFD.raddr"),
          go("net.TCPAddr.IP"),
          go("net.TCPAddr.Port"),
          go("net/http.Response.StatusCode"),
          go("bufio.Writer.buf"),
          go("bufio.Writer.n"),
          grpc(T + "Stream.method"),
          grpc(T + "Stream.id"),
          grpc("google.golang.org/grpc.ClientConn.target"),
          grpc(T + "http2Client.conn"),
          grpc(T + "http2Server.conn"),
          grpc("google.golang.org/grpc/internal/status.Error.s"),
          grpc("google.golang.org/grpc/internal/status.Status.s"),
          grpc("google.golang.org/genproto/googleapis/rpc/status.Status.Code"),
          // gRPC 1.69+: the stream arguments are ServerStream/ClientStream embedding Stream (by
          // pointer up to 1.76, by value since 1.77)
          new GoStructField(T + "ServerStream.Stream", Source.GRPC, true),
          new GoStructField(T + "ClientStream.Stream", Source.GRPC, true));

  private static GoStructField go(String key) {
    return new GoStructField(key, Source.GO, false);
  }

  private static GoStructField grpc(String key) {
    return new GoStructField(key, Source.GRPC, false);
  }

  /** {@code net/http.Request} of {@code net/http.Request.Method}. */
  public String typeName() {
    return key.substring(0, key.lastIndexOf('.'));
  }

  /** {@code Method} of {@code net/http.Request.Method}. */
  public String member() {
    return key.substring(key.lastIndexOf('.') + 1);
  }

  /** The field of a key, or an exception naming the unknown key. */
  public static GoStructField of(String key) {
    return ALL.stream()
        .filter(f -> f.key.equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown Go struct field " + key));
  }

  /** The DWARF type names all fields live in. */
  public static Set<String> typeNames() {
    Set<String> out = new LinkedHashSet<>();
    ALL.forEach(f -> out.add(f.typeName()));
    return out;
  }
}
