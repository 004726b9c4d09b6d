package io.odigos.odiglet.ebpf.attach;

import io.odigos.odiglet.ebpf.golang.GoBinaryAnalysis;
import io.odigos.odiglet.ebpf.golang.GoFunctionGroup;
import io.odigos.odiglet.ebpf.golang.ProbeSites;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which probe programs go where in one Go binary: for each wanted group the analysis supports,
 * every program at its sites (the prologue {@code JBE} for entries, every {@code RET} for ends);
 * groups it does not support are left out with the analysis's reasons, never attached by guess. The
 * traceparent writer is planned only when context propagation is allowed. Pure.
 */
public record GoProbePlan(
    List<Attachment> attachments,
    Set<GoFunctionGroup> instrumented,
    Map<GoFunctionGroup, List<String>> unsupported) {

  /** One uprobe: a program of the Go probe object at a file offset of the binary. */
  public record Attachment(String program, String symbol, long fileOffset) {}

  /** Where in a function a program goes. */
  enum Site {
    ENTRY,
    RETURNS
  }

  /** A program, its function and site; {@code optional}: its absence does not fail the group. */
  record ProbeSpec(
      GoFunctionGroup group, String program, String symbol, Site site, boolean optional) {}

  private static final String T = "google.golang.org/grpc/internal/transport.";

  /** The program that writes traceparent into outgoing requests (bpf_probe_write_user). */
  public static final String WRITE_HEADERS = "uprobe_http_client_write_headers";

  static final List<ProbeSpec> SPECS =
      List.of(
          spec(
              GoFunctionGroup.HTTP_SERVER,
              "uprobe_http_server_start",
              "net/http.serverHandler.ServeHTTP",
              Site.ENTRY),
          spec(
              GoFunctionGroup.HTTP_SERVER,
              "uprobe_http_server_end",
              "net/http.(*response).finishRequest",
              Site.ENTRY),
          spec(
              GoFunctionGroup.HTTP_CLIENT,
              "uprobe_http_client_start",
              "net/http.(*Transport).roundTrip",
              Site.ENTRY),
          spec(
              GoFunctionGroup.HTTP_CLIENT,
              "uprobe_http_client_end",
              "net/http.(*Transport).roundTrip",
              Site.RETURNS),
          spec(
              GoFunctionGroup.HTTP_CLIENT,
              "uprobe_http_client_conn",
              "net/http.(*persistConn).roundTrip",
              Site.ENTRY),
          new ProbeSpec(
              GoFunctionGroup.HTTP_CLIENT,
              WRITE_HEADERS,
              "net/http.Header.writeSubset",
              Site.ENTRY,
              true),
          spec(
              GoFunctionGroup.GRPC_SERVER,
              "uprobe_grpc_server_start",
              "google.golang.org/grpc.(*Server).handleStream",
              Site.ENTRY),
          spec(
              GoFunctionGroup.GRPC_SERVER,
              "uprobe_grpc_server_end",
              "google.golang.org/grpc.(*Server).handleStream",
              Site.RETURNS),
          new ProbeSpec(
              GoFunctionGroup.GRPC_SERVER,
              "uprobe_grpc_server_status",
              T + "(*http2Server).WriteStatus",
              Site.ENTRY,
              true),
          new ProbeSpec(
              GoFunctionGroup.GRPC_SERVER,
              "uprobe_grpc_server_status",
              T + "(*http2Server).writeStatus",
              Site.ENTRY,
              true),
          spec(
              GoFunctionGroup.GRPC_CLIENT,
              "uprobe_grpc_client_start",
              "google.golang.org/grpc.(*ClientConn).Invoke",
              Site.ENTRY),
          spec(
              GoFunctionGroup.GRPC_CLIENT,
              "uprobe_grpc_client_end",
              "google.golang.org/grpc.(*ClientConn).Invoke",
              Site.RETURNS),
          spec(
              GoFunctionGroup.GRPC_CLIENT,
              "uprobe_grpc_client_new_stream",
              T + "(*http2Client).NewStream",
              Site.ENTRY),
          spec(
              GoFunctionGroup.GRPC_CLIENT,
              "uprobe_grpc_client_new_stream_end",
              T + "(*http2Client).NewStream",
              Site.RETURNS),
          spec(
              GoFunctionGroup.SQL,
              "uprobe_sql_query_start",
              "database/sql.(*DB).queryDC",
              Site.ENTRY),
          spec(
              GoFunctionGroup.SQL,
              "uprobe_sql_query_end",
              "database/sql.(*DB).queryDC",
              Site.RETURNS),
          spec(
              GoFunctionGroup.SQL,
              "uprobe_sql_exec_start",
              "database/sql.(*DB).execDC",
              Site.ENTRY),
          spec(
              GoFunctionGroup.SQL,
              "uprobe_sql_exec_end",
              "database/sql.(*DB).execDC",
              Site.RETURNS));

  private static ProbeSpec spec(GoFunctionGroup g, String program, String symbol, Site site) {
    return new ProbeSpec(g, program, symbol, site, false);
  }

  public static GoProbePlan plan(
      GoBinaryAnalysis analysis, Set<GoFunctionGroup> wanted, boolean propagate) {
    List<Attachment> attachments = new ArrayList<>();
    Set<GoFunctionGroup> instrumented = EnumSet.noneOf(GoFunctionGroup.class);
    Map<GoFunctionGroup, List<String>> unsupported = new EnumMap<>(GoFunctionGroup.class);
    for (GoFunctionGroup group : wanted) {
      if (group.needsGrpc() && analysis.module("google.golang.org/grpc").isEmpty()) {
        continue; // nothing to instrument: not a problem to report
      }
      if (group == GoFunctionGroup.SQL
          && analysis.function("database/sql.(*DB).queryDC").isEmpty()
          && analysis.function("database/sql.(*DB).execDC").isEmpty()) {
        continue; // database/sql is not linked in
      }
      GoBinaryAnalysis.GroupSupport support = analysis.support(group);
      if (!support.supported()) {
        unsupported.put(group, support.problems());
        continue;
      }
      List<Attachment> forGroup = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (ProbeSpec spec : SPECS) {
        if (spec.group() != group || (spec.program().equals(WRITE_HEADERS) && !propagate)) {
          continue;
        }
        Optional<ProbeSites> sites = analysis.function(spec.symbol());
        if (sites.isEmpty()) {
          if (!spec.optional()) {
            missing.add(spec.symbol() + " is not in the binary (not linked, or inlined)");
          }
          continue;
        }
        if (spec.site() == Site.ENTRY) {
          forGroup.add(
              new Attachment(spec.program(), spec.symbol(), sites.get().entryProbeFileOffset()));
        } else if (sites.get().retFileOffsets().isEmpty()) {
          missing.add(spec.symbol() + " has no RET instruction to probe");
        } else {
          for (long ret : sites.get().retFileOffsets()) {
            forGroup.add(new Attachment(spec.program(), spec.symbol(), ret));
          }
        }
      }
      if (missing.isEmpty()) {
        attachments.addAll(forGroup);
        instrumented.add(group);
      } else {
        unsupported.put(group, missing);
      }
    }
    return new GoProbePlan(List.copyOf(attachments), instrumented, unsupported);
  }

  /** "HTTP server, gRPC client" */
  public String describeInstrumented() {
    return String.join(", ", instrumented.stream().map(GoProbePlan::label).toList());
  }

  public static String label(GoFunctionGroup g) {
    return switch (g) {
      case HTTP_SERVER -> "HTTP server";
      case HTTP_CLIENT -> "HTTP client";
      case GRPC_SERVER -> "gRPC server";
      case GRPC_CLIENT -> "gRPC client";
      case SQL -> "database/sql";
    };
  }
}
