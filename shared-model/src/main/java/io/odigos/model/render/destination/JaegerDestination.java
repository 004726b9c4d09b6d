package io.odigos.model.render.destination;

/** {@code jaeger}: Jaeger's own OTLP gRPC receiver (no Jaeger protocol exporter needed). */
public final class JaegerDestination implements DestinationConfigurer {

  @Override
  public String type() {
    return "jaeger";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    Endpoints.GrpcTarget target =
        Endpoints.grpc(
            v.required("JAEGER_URL"), v.label("JAEGER_URL"), 4317, v.flag("JAEGER_TLS_ENABLED"));
    var exporter = OtlpExporters.grpc(target).tls(v.value("JAEGER_CA_PEM"), false);
    return ExportBuilder.single(v, CollectorTypes.OTLP_GRPC, exporter.build());
  }
}
