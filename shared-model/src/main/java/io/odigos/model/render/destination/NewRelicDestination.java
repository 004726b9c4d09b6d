package io.odigos.model.render.destination;

/** {@code newrelic}: New Relic's OTLP gRPC endpoint (port 4317) of the chosen region. */
public final class NewRelicDestination implements DestinationConfigurer {

  private static final String ENDPOINT = "NEWRELIC_ENDPOINT";

  @Override
  public String type() {
    return "newrelic";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    Endpoint e = Endpoints.parse(v.required(ENDPOINT), v.label(ENDPOINT));
    var target = new Endpoints.GrpcTarget(e.hostPort(4317), false);
    var exporter =
        OtlpExporters.grpc(target).header("api-key", Secrets.required(v, "NEWRELIC_API_KEY"));
    return ExportBuilder.single(v, CollectorTypes.OTLP_GRPC, exporter.build());
  }
}
