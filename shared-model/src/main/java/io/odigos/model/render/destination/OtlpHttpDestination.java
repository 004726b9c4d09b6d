package io.odigos.model.render.destination;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code otlphttp}: any OTLP/HTTP receiver, with optional per-signal URLs and basic auth. */
public final class OtlpHttpDestination implements DestinationConfigurer {

  /** Catalog field of each per-signal URL and the exporter key it sets. */
  private static final List<Map.Entry<String, String>> SIGNAL_URLS =
      List.of(
          Map.entry("OTLP_HTTP_TRACES_ENDPOINT", "traces_endpoint"),
          Map.entry("OTLP_HTTP_METRICS_ENDPOINT", "metrics_endpoint"),
          Map.entry("OTLP_HTTP_LOGS_ENDPOINT", "logs_endpoint"));

  @Override
  public String type() {
    return "otlphttp";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    boolean tls = v.flag("OTLP_HTTP_TLS_ENABLED");
    var exporter = OtlpExporters.http(url(v, "OTLP_HTTP_ENDPOINT", tls));
    for (Map.Entry<String, String> signalUrl : SIGNAL_URLS) {
      if (v.value(signalUrl.getKey()).isPresent()) {
        exporter.set(signalUrl.getValue(), url(v, signalUrl.getKey(), tls));
      }
    }
    ExportBuilder export = new ExportBuilder(v);
    Authenticators.optionalBasicAuth(
            v, export, "OTLP_HTTP_BASIC_AUTH_USERNAME", "OTLP_HTTP_BASIC_AUTH_PASSWORD")
        .ifPresent(exporter::authenticator);
    exporter
        .tls(v.value("OTLP_HTTP_CA_PEM"), v.flag("OTLP_HTTP_INSECURE_SKIP_VERIFY"))
        .compression(v.value("OTLP_HTTP_COMPRESSION"));
    return export.exporter(v.componentId(CollectorTypes.OTLP_HTTP), exporter.build()).build();
  }

  /** No scheme: http (https with TLS) and port 4318. */
  private static String url(DestinationValues v, String field, boolean tls)
      throws InvalidDestinationException {
    String raw = v.required(field);
    Endpoint e = Endpoints.parse(raw, v.label(field));
    Endpoints.requireScheme(e, raw, v.label(field), Set.of("http", "https"));
    return (e.hasScheme() ? e : e.orPort(4318).orScheme(tls ? "https" : "http")).url();
  }
}
