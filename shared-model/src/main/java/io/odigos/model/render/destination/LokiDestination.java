package io.odigos.model.render.destination;

/** {@code loki}: a self-hosted Loki 3+ through its native OTLP endpoint. */
public final class LokiDestination implements DestinationConfigurer {

  @Override
  public String type() {
    return "loki";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    var exporter = OtlpExporters.http(LokiOtlp.url(v, "LOKI_URL", "http", 3100));
    v.value("LOKI_SCOPE_ORG_ID").ifPresent(tenant -> exporter.header("X-Scope-OrgID", tenant));
    ExportBuilder export = new ExportBuilder(v);
    Authenticators.optionalBasicAuth(v, export, "LOKI_USERNAME", "LOKI_PASSWORD")
        .ifPresent(exporter::authenticator);
    return export.exporter(v.componentId(CollectorTypes.OTLP_HTTP), exporter.build()).build();
  }
}
