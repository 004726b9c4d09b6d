package io.odigos.model.render.destination;

/** {@code tempo}: a self-hosted Tempo distributor over OTLP gRPC. */
public final class TempoDestination implements DestinationConfigurer {

  @Override
  public String type() {
    return "tempo";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    Endpoints.GrpcTarget target =
        Endpoints.grpc(v.required("TEMPO_URL"), v.label("TEMPO_URL"), 4317, false);
    return ExportBuilder.single(v, CollectorTypes.OTLP_GRPC, OtlpExporters.grpc(target).build());
  }
}
