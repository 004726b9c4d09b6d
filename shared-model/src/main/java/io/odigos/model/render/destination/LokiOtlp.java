package io.odigos.model.render.destination;

import java.util.Set;

/** Loki's native OTLP endpoint: logs go to {@code <base>/otlp/v1/logs} through otlphttp. */
final class LokiOtlp {

  private static final String LEGACY_PUSH_PATH = "/loki/api/v1/push";

  private LokiOtlp() {}

  static String url(DestinationValues v, String field, String defaultScheme, int portWithoutScheme)
      throws InvalidDestinationException {
    String raw = v.required(field);
    Endpoint e = Endpoints.parse(raw, v.label(field));
    Endpoints.requireScheme(e, raw, v.label(field), Set.of("http", "https"));
    if (!e.hasScheme() && portWithoutScheme > 0) {
      e = e.orPort(portWithoutScheme);
    }
    if (e.path().endsWith(LEGACY_PUSH_PATH)) {
      String base = e.path().substring(0, e.path().length() - LEGACY_PUSH_PATH.length());
      e = e.withPath(base + "/otlp");
    }
    return e.orScheme(defaultScheme).orPath("/otlp").url();
  }
}
