package io.odigos.odiglet.ebpf.trace;

import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who an instrumented Go process is, as its spans say it: the OTLP resource (service and Kubernetes
 * attributes, process id, Go version) and its SQL driver's {@code db.system.name}.
 */
public record ProcessTelemetry(Resource resource, String dbSystem) {

  /**
   * @param attributes the workload's resource attributes (service.name, k8s.*), in order
   * @param goVersion e.g. {@code go1.23.4}
   */
  public static ProcessTelemetry of(
      Map<String, String> attributes, int pid, String goVersion, String dbSystem) {
    List<KeyValue> kv = new ArrayList<>();
    attributes.forEach((k, v) -> kv.add(GoSpans.str(k, v)));
    kv.add(GoSpans.num("process.pid", pid));
    kv.add(GoSpans.str("process.runtime.name", "go"));
    kv.add(GoSpans.str("process.runtime.version", goVersion));
    kv.add(GoSpans.str("telemetry.sdk.language", "go"));
    kv.add(GoSpans.str("telemetry.distro.name", "odigos-ebpf"));
    return new ProcessTelemetry(Resource.newBuilder().addAllAttributes(kv).build(), dbSystem);
  }

  /** The database a Go module path speaks to, by its well-known drivers; empty when unknown. */
  public static String dbSystemOf(Iterable<String> modulePaths) {
    for (String m : modulePaths) {
      String system =
          switch (m) {
            case "modernc.org/sqlite", "github.com/mattn/go-sqlite3" -> "sqlite";
            case "github.com/lib/pq", "github.com/jackc/pgx/v4", "github.com/jackc/pgx/v5" ->
                "postgresql";
            case "github.com/go-sql-driver/mysql" -> "mysql";
            case "github.com/microsoft/go-mssqldb", "github.com/denisenkom/go-mssqldb" ->
                "microsoft.sql_server";
            default -> "";
          };
      if (!system.isEmpty()) {
        return system;
      }
    }
    return "";
  }
}
