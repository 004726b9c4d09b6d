package io.odigos.model.render.destination;

/** {@code grafanacloudtempo}: a Grafana Cloud stack's Tempo over OTLP gRPC with basic auth. */
public final class GrafanaCloudTempoDestination implements DestinationConfigurer {

  @Override
  public String type() {
    return "grafanacloudtempo";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    String field = "GRAFANA_CLOUD_TEMPO_ENDPOINT";
    Endpoints.GrpcTarget target = Endpoints.grpc(v.required(field), v.label(field), 443, true);
    ExportBuilder export = new ExportBuilder(v);
    String auth =
        Authenticators.requiredBasicAuth(
            v, export, "GRAFANA_CLOUD_TEMPO_USERNAME", "GRAFANA_CLOUD_TEMPO_PASSWORD");
    return export
        .exporter(
            v.componentId(CollectorTypes.OTLP_GRPC),
            OtlpExporters.grpc(target).authenticator(auth).build())
        .build();
  }
}
