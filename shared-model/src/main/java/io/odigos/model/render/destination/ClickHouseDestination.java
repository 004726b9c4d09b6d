package io.odigos.model.render.destination;

import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code clickhouse}: the collector's clickhouse exporter, tables only for selected signals. */
public final class ClickHouseDestination implements DestinationConfigurer {

  private static final String ENDPOINT = "CLICKHOUSE_ENDPOINT";
  private static final Map<String, String> METRIC_TABLES = new LinkedHashMap<>();

  static {
    METRIC_TABLES.put("gauge", "CLICKHOUSE_METRICS_TABLE_GAUGE");
    METRIC_TABLES.put("sum", "CLICKHOUSE_METRICS_TABLE_SUM");
    METRIC_TABLES.put("summary", "CLICKHOUSE_METRICS_TABLE_SUMMARY");
    METRIC_TABLES.put("histogram", "CLICKHOUSE_METRICS_TABLE_HISTOGRAM");
    METRIC_TABLES.put("exponential_histogram", "CLICKHOUSE_METRICS_TABLE_EXP_HISTOGRAM");
  }

  @Override
  public String type() {
    return "clickhouse";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    String raw = v.required(ENDPOINT);
    Endpoint e = Endpoints.parse(raw, v.label(ENDPOINT));
    Endpoints.requireScheme(
        e, raw, v.label(ENDPOINT), Set.of("tcp", "http", "https", "clickhouse"));
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("endpoint", (e.hasScheme() ? e : e.orPort(9000).orScheme("tcp")).url());
    config.put("database", v.required("CLICKHOUSE_DATABASE_NAME"));
    v.value("CLICKHOUSE_USERNAME").ifPresent(user -> config.put("username", user));
    v.secretRef("CLICKHOUSE_PASSWORD").ifPresent(password -> config.put("password", password));
    config.put("create_schema", v.flag("CLICKHOUSE_CREATE_SCHEME"));
    if (v.has(ObservabilitySignal.TRACES)) {
      config.put("traces_table_name", v.required("CLICKHOUSE_TRACES_TABLE"));
    }
    if (v.has(ObservabilitySignal.LOGS)) {
      config.put("logs_table_name", v.required("CLICKHOUSE_LOGS_TABLE"));
    }
    if (v.has(ObservabilitySignal.METRICS)) {
      Map<String, Object> tables = new LinkedHashMap<>();
      for (var table : METRIC_TABLES.entrySet()) {
        tables.put(table.getKey(), Map.of("name", v.required(table.getValue())));
      }
      config.put("metrics_tables", tables);
    }
    return ExportBuilder.single(v, CollectorTypes.CLICKHOUSE, config);
  }
}
