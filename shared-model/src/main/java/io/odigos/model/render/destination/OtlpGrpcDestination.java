package io.odigos.model.render.destination;

/** {@code otlp}: any OTLP gRPC receiver. */
public final class OtlpGrpcDestination implements DestinationConfigurer {

  static final String ENDPOINT = "OTLP_GRPC_ENDPOINT";

  @Override
  public String type() {
    return "otlp";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    Endpoints.GrpcTarget target =
        Endpoints.grpc(
            v.required(ENDPOINT), v.label(ENDPOINT), 4317, v.flag("OTLP_GRPC_TLS_ENABLED"));
    var exporter =
        OtlpExporters.grpc(target)
            .tls(v.value("OTLP_GRPC_CA_PEM"), v.flag("OTLP_GRPC_INSECURE_SKIP_VERIFY"))
            .compression(v.value("OTLP_GRPC_COMPRESSION"));
    return ExportBuilder.single(v, CollectorTypes.OTLP_GRPC, exporter.build());
  }
}
