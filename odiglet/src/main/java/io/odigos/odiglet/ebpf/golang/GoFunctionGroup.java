package io.odigos.odiglet.ebpf.golang;

import java.util.List;

/**
 * What can be instrumented in a Go binary, each with the functions its probes attach to and the
 * struct fields they read. A caller asks only for the groups it instruments: a binary without gRPC
 * can still get HTTP spans.
 */
public enum GoFunctionGroup {
  HTTP_SERVER(
      List.of("net/http.serverHandler.ServeHTTP", "net/http.(*response).finishRequest"),
      List.of(),
      List.of(
          "runtime.g.goid",
          "net/http.Request.Method",
          "net/http.Request.URL",
          "net/http.Request.Host",
          "net/http.Request.Header",
          "net/url.URL.Path",
          "net/http.response.req",
          "net/http.response.status",
          "net/http.response.conn",
          "net/http.conn.rwc",
          "net.netFD.raddr",
          "net.TCPAddr.IP",
          "net.TCPAddr.Port")),
  HTTP_CLIENT(
      List.of(
          "net/http.(*Transport).roundTrip",
          "net/http.(*persistConn).roundTrip",
          "net/http.Header.writeSubset"),
      List.of(),
      List.of(
          "runtime.g.goid",
          "net/http.Request.Method",
          "net/http.Request.URL",
          "net/http.Request.Host",
          "net/http.Request.Header",
          "net/url.URL.Host",
          "net/url.URL.Path",
          "net/http.Response.StatusCode",
          "net/http.persistConn.conn",
          "net.netFD.laddr",
          "net.TCPAddr.IP",
          "net.TCPAddr.Port",
          "bufio.Writer.buf",
          "bufio.Writer.n")),
  GRPC_SERVER(
      List.of("google.golang.org/grpc.(*Server).handleStream"),
      // where the status code is written: exported up to gRPC 1.68, then a method taking the
      // ServerStream; whichever the binary has is probed, neither only loses the code
      List.of(
          "google.golang.org/grpc/internal/transport.(*http2Server).WriteStatus",
          "google.golang.org/grpc/internal/transport.(*http2Server).writeStatus"),
      List.of(
          "runtime.g.goid",
          "google.golang.org/grpc/internal/transport.Stream.method",
          "google.golang.org/grpc/internal/transport.Stream.id",
          "google.golang.org/grpc/internal/transport.http2Server.conn",
          "google.golang.org/grpc/internal/status.Status.s",
          "google.golang.org/genproto/googleapis/rpc/status.Status.Code",
          "net.netFD.raddr",
          "net.TCPAddr.IP",
          "net.TCPAddr.Port")),
  GRPC_CLIENT(
      List.of(
          "google.golang.org/grpc.(*ClientConn).Invoke",
          "google.golang.org/grpc/internal/transport.(*http2Client).NewStream"),
      List.of(),
      List.of(
          "runtime.g.goid",
          "google.golang.org/grpc.ClientConn.target",
          "google.golang.org/grpc/internal/status.Error.s",
          "google.golang.org/grpc/internal/status.Status.s",
          "google.golang.org/genproto/googleapis/rpc/status.Status.Code",
          "google.golang.org/grpc/internal/transport.Stream.id",
          "google.golang.org/grpc/internal/transport.http2Client.conn",
          "net.netFD.laddr",
          "net.TCPAddr.IP",
          "net.TCPAddr.Port")),
  SQL(
      List.of("database/sql.(*DB).queryDC", "database/sql.(*DB).execDC"),
      List.of(),
      List.of("runtime.g.goid"));

  private final List<String> functions;
  private final List<String> optionalFunctions;
  private final List<String> fields;

  GoFunctionGroup(List<String> functions, List<String> optionalFunctions, List<String> fields) {
    this.functions = functions;
    this.optionalFunctions = optionalFunctions;
    this.fields = fields;
  }

  /** Full Go symbol names of the functions the group's probes need. */
  public List<String> functions() {
    return functions;
  }

  /**
   * Functions probed when the binary has them (version-dependent alternatives); missing ones cost
   * an attribute, not the group.
   */
  public List<String> optionalFunctions() {
    return optionalFunctions;
  }

  /** Keys of the struct fields ({@link GoStructField}) the group's probes read. */
  public List<String> fields() {
    return fields;
  }

  /** Whether the group's offsets depend on the gRPC module. */
  public boolean needsGrpc() {
    return this == GRPC_SERVER || this == GRPC_CLIENT;
  }

  /** Every function of every group, required and optional: what the analysis looks for. */
  public static List<String> allFunctions() {
    return java.util.Arrays.stream(values())
        .flatMap(
            g -> java.util.stream.Stream.concat(g.functions.stream(), g.optionalFunctions.stream()))
        .toList();
  }

  /** Every function some group cannot do without. */
  public static List<String> requiredFunctions() {
    return java.util.Arrays.stream(values()).flatMap(g -> g.functions.stream()).toList();
  }
}
