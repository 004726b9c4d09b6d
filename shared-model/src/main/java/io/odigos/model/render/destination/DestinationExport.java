package io.odigos.model.render.destination;

import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one destination adds to a collector config: exporters and extensions (ids already unique to
 * the destination, e.g. {@code otlp_grpc/tempo-prod}) and, per signal it takes, the exporter that
 * sends it.
 */
public record DestinationExport(
    Map<String, Map<String, Object>> exporters,
    Map<String, Map<String, Object>> extensions,
    Map<ObservabilitySignal, String> exporterBySignal) {

  public DestinationExport {
    exporters = new LinkedHashMap<>(exporters);
    extensions = new LinkedHashMap<>(extensions);
    exporterBySignal = new LinkedHashMap<>(exporterBySignal);
    for (String id : exporterBySignal.values()) {
      if (!exporters.containsKey(id)) {
        throw new IllegalArgumentException("exporter " + id + " is used but not defined");
      }
    }
  }
}
