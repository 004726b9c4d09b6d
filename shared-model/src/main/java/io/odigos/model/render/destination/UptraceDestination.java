package io.odigos.model.render.destination;

/** {@code uptrace}: OTLP gRPC with the project's DSN as the {@code uptrace-dsn} header. */
public final class UptraceDestination implements DestinationConfigurer {

  @Override
  public String type() {
    return "uptrace";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    Endpoints.GrpcTarget target =
        Endpoints.grpc(v.required("UPTRACE_ENDPOINT"), v.label("UPTRACE_ENDPOINT"), 4317, true);
    var exporter =
        OtlpExporters.grpc(target).header("uptrace-dsn", Secrets.required(v, "UPTRACE_DSN"));
    return ExportBuilder.single(v, CollectorTypes.OTLP_GRPC, exporter.build());
  }
}
