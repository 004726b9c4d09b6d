package io.odigos.model.render.destination;

import java.util.Set;

/** {@code dynatrace}: the environment's OTLP API ({@code /api/v2/otlp}) with an API token. */
public final class DynatraceDestination implements DestinationConfigurer {

  private static final String URL = "DYNATRACE_URL";
  private static final String OTLP_PATH = "/api/v2/otlp";

  @Override
  public String type() {
    return "dynatrace";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    String raw = v.required(URL);
    Endpoint e = Endpoints.parse(raw, v.label(URL));
    Endpoints.requireScheme(e, raw, v.label(URL), Set.of("https", "http"));
    if (!e.path().endsWith(OTLP_PATH)) {
      e = e.withPath(e.path() + OTLP_PATH);
    }
    var exporter =
        OtlpExporters.http(e.orScheme("https").url())
            .header("Authorization", "Api-Token " + Secrets.required(v, "DYNATRACE_API_TOKEN"));
    return ExportBuilder.single(v, CollectorTypes.OTLP_HTTP, exporter.build());
  }
}
