package io.odigos.model.render.destination;

/** {@code grafanacloudloki}: Grafana Cloud Loki's OTLP endpoint with basic auth. */
public final class GrafanaCloudLokiDestination implements DestinationConfigurer {

  @Override
  public String type() {
    return "grafanacloudloki";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    var exporter = OtlpExporters.http(LokiOtlp.url(v, "GRAFANA_CLOUD_LOKI_ENDPOINT", "https", -1));
    ExportBuilder export = new ExportBuilder(v);
    exporter.authenticator(
        Authenticators.requiredBasicAuth(
            v, export, "GRAFANA_CLOUD_LOKI_USERNAME", "GRAFANA_CLOUD_LOKI_PASSWORD"));
    return export.exporter(v.componentId(CollectorTypes.OTLP_HTTP), exporter.build()).build();
  }
}
