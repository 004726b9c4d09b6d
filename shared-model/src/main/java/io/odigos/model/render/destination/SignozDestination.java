package io.odigos.model.render.destination;

/** {@code signoz}: SigNoz's OTLP gRPC collector, self-hosted or SigNoz Cloud (with a key). */
public final class SignozDestination implements DestinationConfigurer {

  @Override
  public String type() {
    return "signoz";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    Endpoints.GrpcTarget target =
        Endpoints.grpc(v.required("SIGNOZ_URL"), v.label("SIGNOZ_URL"), 4317, false);
    var exporter = OtlpExporters.grpc(target);
    v.secretRef("SIGNOZ_INGESTION_KEY")
        .ifPresent(key -> exporter.header("signoz-ingestion-key", key));
    return ExportBuilder.single(v, CollectorTypes.OTLP_GRPC, exporter.build());
  }
}
