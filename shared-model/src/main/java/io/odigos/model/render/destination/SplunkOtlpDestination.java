package io.odigos.model.render.destination;

/** {@code splunkotlp}: traces to the realm's OTLP/HTTP trace ingest of Splunk Observability. */
public final class SplunkOtlpDestination implements DestinationConfigurer {

  @Override
  public String type() {
    return "splunkotlp";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    String realm = v.required("SPLUNK_REALM");
    if (!realm.matches("[a-z0-9]+")) {
      throw new InvalidDestinationException(
          "\"" + realm + "\" is not a Splunk realm for " + v.label("SPLUNK_REALM") + " (e.g. us1)");
    }
    // the full path is Splunk's, so it goes in traces_endpoint (endpoint would add /v1/traces)
    var exporter =
        OtlpExporters.httpWithoutBase()
            .set("traces_endpoint", "https://ingest." + realm + ".signalfx.com/v2/trace/otlp")
            .header("X-SF-Token", Secrets.required(v, "SPLUNK_ACCESS_TOKEN"))
            .compression(v.value("SPLUNK_OTLP_COMPRESSION"));
    return ExportBuilder.single(v, CollectorTypes.OTLP_HTTP, exporter.build());
  }
}
