package io.odigos.model.render.destination;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code prometheusremotewrite} exporter shared by the Prometheus-like destinations. */
final class RemoteWrite {

  private RemoteWrite() {}

  /** Resolves the remote-write URL: defaults for a URL typed without scheme, port or path. */
  static String url(
      DestinationValues v, String field, String defaultScheme, int portWithoutScheme, String path)
      throws InvalidDestinationException {
    String raw = v.required(field);
    Endpoint e = Endpoints.parse(raw, v.label(field));
    Endpoints.requireScheme(e, raw, v.label(field), Set.of("http", "https"));
    if (!e.hasScheme() && portWithoutScheme > 0) {
      e = e.orPort(portWithoutScheme);
    }
    return e.orScheme(defaultScheme).orPath(path).url();
  }

  /** Resource attributes become labels, as Odigos users expect (k8s names on every series). */
  static Map<String, Object> exporter(String url, Optional<String> authenticator) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("endpoint", url);
    config.put("resource_to_telemetry_conversion", Map.of("enabled", true));
    authenticator.ifPresent(id -> config.put("auth", Map.of("authenticator", id)));
    return config;
  }
}
