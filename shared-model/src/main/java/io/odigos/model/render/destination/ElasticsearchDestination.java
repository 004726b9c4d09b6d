package io.odigos.model.render.destination;

import java.util.Optional;
import java.util.Set;

/**
 * {@code elasticsearch}: the OTLP endpoint of an Elastic deployment (the collector has no
 * elasticsearch exporter), authenticated by API key header or basic auth.
 */
public final class ElasticsearchDestination implements DestinationConfigurer {

  private static final String URL = "ELASTICSEARCH_URL";

  @Override
  public String type() {
    return "elasticsearch";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    String raw = v.required(URL);
    Endpoint e = Endpoints.parse(raw, v.label(URL));
    Endpoints.requireScheme(e, raw, v.label(URL), Set.of("http", "https"));
    var exporter = OtlpExporters.http(e.orScheme("https").url());
    ExportBuilder export = new ExportBuilder(v);
    Optional<String> basic =
        Authenticators.optionalBasicAuth(
            v, export, "ELASTICSEARCH_USERNAME", "ELASTICSEARCH_PASSWORD");
    Optional<String> apiKey = v.secretRef("ELASTICSEARCH_API_KEY");
    if (basic.isPresent() && apiKey.isPresent()) {
      throw new InvalidDestinationException(
          "use either an API key or a user name and password for " + v.type().displayName());
    }
    basic.ifPresent(exporter::authenticator);
    apiKey.ifPresent(key -> exporter.header("Authorization", "ApiKey " + key));
    exporter.tls(v.value("ELASTICSEARCH_CA_PEM"), false);
    return export.exporter(v.componentId(CollectorTypes.OTLP_HTTP), exporter.build()).build();
  }
}
