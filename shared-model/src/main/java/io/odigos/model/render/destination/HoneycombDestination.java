package io.odigos.model.render.destination;

import io.odigos.model.v1alpha1.ObservabilitySignal;

/**
 * {@code honeycomb}: OTLP gRPC to Honeycomb. Metrics need a dataset header, so they get their own
 * exporter {@code otlp_grpc/<id>-metrics}.
 */
public final class HoneycombDestination implements DestinationConfigurer {

  @Override
  public String type() {
    return "honeycomb";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    var target = new Endpoints.GrpcTarget(v.required("HONEYCOMB_ENDPOINT") + ":443", false);
    String key = Secrets.required(v, "HONEYCOMB_API_KEY");
    ExportBuilder export = new ExportBuilder(v);
    if (v.has(ObservabilitySignal.TRACES) || v.has(ObservabilitySignal.LOGS)) {
      export.exporter(
          v.componentId(CollectorTypes.OTLP_GRPC),
          OtlpExporters.grpc(target).header("x-honeycomb-team", key).build());
    }
    if (v.has(ObservabilitySignal.METRICS)) {
      String metrics = v.componentId(CollectorTypes.OTLP_GRPC) + "-metrics";
      export
          .exporter(
              metrics,
              OtlpExporters.grpc(target)
                  .header("x-honeycomb-team", key)
                  .header("x-honeycomb-dataset", v.required("HONEYCOMB_METRICS_DATASET"))
                  .build())
          .route(ObservabilitySignal.METRICS, metrics);
    }
    return export.build();
  }
}
