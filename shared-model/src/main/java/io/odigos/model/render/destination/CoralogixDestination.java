package io.odigos.model.render.destination;

/**
 * {@code coralogix}: OTLP gRPC to {@code ingress.<domain>:443} (the collector has no coralogix
 * exporter); application and subsystem travel as headers.
 */
public final class CoralogixDestination implements DestinationConfigurer {

  @Override
  public String type() {
    return "coralogix";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    var target =
        new Endpoints.GrpcTarget("ingress." + v.required("CORALOGIX_DOMAIN") + ":443", false);
    var exporter =
        OtlpExporters.grpc(target)
            .header("Authorization", "Bearer " + Secrets.required(v, "CORALOGIX_PRIVATE_KEY"))
            .header("CX-Application-Name", v.required("CORALOGIX_APPLICATION_NAME"))
            .header("CX-Subsystem-Name", v.required("CORALOGIX_SUBSYSTEM_NAME"));
    return ExportBuilder.single(v, CollectorTypes.OTLP_GRPC, exporter.build());
  }
}
