package io.odigos.model.render.destination;

import io.odigos.model.v1alpha1.ObservabilitySignal;

/**
 * {@code datadog}: Datadog's OTLP intake over HTTP (the collector has no datadog exporter). Traces
 * and logs go to {@code https://otlp.<site>}, metrics to the API host's OTLP metrics intake.
 */
public final class DatadogDestination implements DestinationConfigurer {

  @Override
  public String type() {
    return "datadog";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    String site = v.required("DATADOG_SITE");
    var exporter = OtlpExporters.http("https://otlp." + site);
    if (v.has(ObservabilitySignal.METRICS)) {
      exporter.set("metrics_endpoint", "https://api." + site + "/api/intake/otlp/v1/metrics");
    }
    exporter
        .header("dd-api-key", Secrets.required(v, "DATADOG_API_KEY"))
        // the logs intake wants to be told the payload is OTLP; the others ignore it
        .header("dd-protocol", "otlp");
    return ExportBuilder.single(v, CollectorTypes.OTLP_HTTP, exporter.build());
  }
}
