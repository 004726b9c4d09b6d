package io.odigos.model.render.destination;

import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects a destination's exporters and extensions. Every selected signal goes to the first
 * exporter unless {@link #route} sends it elsewhere.
 */
final class ExportBuilder {

  private final DestinationValues values;
  private final Map<String, Map<String, Object>> exporters = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> extensions = new LinkedHashMap<>();
  private final Map<ObservabilitySignal, String> routes = new LinkedHashMap<>();

  ExportBuilder(DestinationValues values) {
    this.values = values;
  }

  /** The usual case: one exporter {@code <collectorType>/<id>} for every signal. */
  static DestinationExport single(
      DestinationValues values, String collectorType, Map<String, Object> config) {
    return new ExportBuilder(values).exporter(values.componentId(collectorType), config).build();
  }

  ExportBuilder exporter(String id, Map<String, Object> config) {
    exporters.put(id, config);
    return this;
  }

  ExportBuilder extension(String id, Map<String, Object> config) {
    extensions.put(id, config);
    return this;
  }

  ExportBuilder route(ObservabilitySignal signal, String exporterId) {
    routes.put(signal, exporterId);
    return this;
  }

  DestinationExport build() {
    String first = exporters.keySet().iterator().next();
    Map<ObservabilitySignal, String> bySignal = new LinkedHashMap<>();
    for (ObservabilitySignal s : values.signals()) {
      bySignal.put(s, routes.getOrDefault(s, first));
    }
    return new DestinationExport(exporters, extensions, bySignal);
  }
}
