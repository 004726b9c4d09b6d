package io.odigos.model.render.destination;

import java.util.Optional;

/** {@code prometheus}: any remote-write receiver, optionally with bearer or basic auth. */
public final class PrometheusDestination implements DestinationConfigurer {

  @Override
  public String type() {
    return "prometheus";
  }

  @Override
  public DestinationExport configure(DestinationValues v) throws InvalidDestinationException {
    String url = RemoteWrite.url(v, "PROMETHEUS_REMOTEWRITE_URL", "http", 9090, "/api/v1/write");
    ExportBuilder export = new ExportBuilder(v);
    Optional<String> token = v.secretRef("PROMETHEUS_BEARER_TOKEN");
    Optional<String> auth =
        Authenticators.optionalBasicAuth(
            v, export, "PROMETHEUS_BASIC_AUTH_USERNAME", "PROMETHEUS_BASIC_AUTH_PASSWORD");
    if (token.isPresent()) {
      if (auth.isPresent()) {
        throw new InvalidDestinationException(
            "use either a bearer token or basic authentication for " + v.type().displayName());
      }
      auth = Optional.of(v.componentId(CollectorTypes.BEARER_TOKEN_AUTH));
      export.extension(auth.get(), Authenticators.bearerToken(token.get()));
    }
    return export
        .exporter(
            v.componentId(CollectorTypes.PROMETHEUS_REMOTE_WRITE), RemoteWrite.exporter(url, auth))
        .build();
  }
}
