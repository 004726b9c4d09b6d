package io.odigos.model.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OpenTelemetry Collector configuration under construction: the component sections, the
 * service's extensions and pipelines. Insertion order is kept so the rendered YAML is
 * deterministic; {@link #toYaml()} is the only way out.
 */
public final class CollectorConfig {

  private final Map<String, Object> receivers = new LinkedHashMap<>();
  private final Map<String, Object> processors = new LinkedHashMap<>();
  private final Map<String, Object> exporters = new LinkedHashMap<>();
  private final Map<String, Object> connectors = new LinkedHashMap<>();
  private final Map<String, Object> extensions = new LinkedHashMap<>();
  private final List<String> serviceExtensions = new ArrayList<>();
  private final Map<String, Pipeline> pipelines = new LinkedHashMap<>();
  private final Map<String, Object> telemetry = new LinkedHashMap<>();

  /** One service pipeline, e.g. {@code traces/in}. */
  public record Pipeline(List<String> receivers, List<String> processors, List<String> exporters) {
    public Pipeline {
      receivers = List.copyOf(receivers);
      processors = List.copyOf(processors);
      exporters = List.copyOf(exporters);
    }
  }

  public CollectorConfig receiver(String id, Map<String, ?> config) {
    return put(receivers, "receiver", id, config);
  }

  public CollectorConfig processor(String id, Map<String, ?> config) {
    return put(processors, "processor", id, config);
  }

  public CollectorConfig exporter(String id, Map<String, ?> config) {
    return put(exporters, "exporter", id, config);
  }

  public CollectorConfig connector(String id, Map<String, ?> config) {
    return put(connectors, "connector", id, config);
  }

  /** Declares an extension and enables it in the service. */
  public CollectorConfig extension(String id, Map<String, ?> config) {
    put(extensions, "extension", id, config);
    serviceExtensions.add(id);
    return this;
  }

  public CollectorConfig pipeline(String id, Pipeline pipeline) {
    if (pipelines.putIfAbsent(id, pipeline) != null) {
      throw new IllegalArgumentException("pipeline " + id + " is defined twice");
    }
    return this;
  }

  public CollectorConfig telemetry(String key, Object value) {
    telemetry.put(key, value);
    return this;
  }

  public boolean hasProcessor(String id) {
    return processors.containsKey(id);
  }

  public boolean hasExporter(String id) {
    return exporters.containsKey(id);
  }

  public boolean hasExtension(String id) {
    return extensions.containsKey(id);
  }

  public Map<String, Pipeline> pipelines() {
    return Map.copyOf(pipelines);
  }

  /** The whole configuration as a YAML document. */
  public String toYaml() {
    Map<String, Object> root = new LinkedHashMap<>();
    putIfNotEmpty(root, "receivers", receivers);
    putIfNotEmpty(root, "processors", processors);
    putIfNotEmpty(root, "exporters", exporters);
    putIfNotEmpty(root, "connectors", connectors);
    putIfNotEmpty(root, "extensions", extensions);
    Map<String, Object> service = new LinkedHashMap<>();
    if (!serviceExtensions.isEmpty()) {
      service.put("extensions", serviceExtensions);
    }
    Map<String, Object> pipelineMaps = new LinkedHashMap<>();
    pipelines.forEach(
        (id, p) -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("receivers", p.receivers());
          if (!p.processors().isEmpty()) {
            m.put("processors", p.processors());
          }
          m.put("exporters", p.exporters());
          pipelineMaps.put(id, m);
        });
    service.put("pipelines", pipelineMaps);
    putIfNotEmpty(service, "telemetry", telemetry);
    root.put("service", service);
    return Yaml.write(root);
  }

  private CollectorConfig put(
      Map<String, Object> section, String kind, String id, Map<String, ?> config) {
    if (section.putIfAbsent(id, config == null ? Map.of() : config) != null) {
      throw new IllegalArgumentException(kind + " " + id + " is defined twice");
    }
    return this;
  }

  private static void putIfNotEmpty(Map<String, Object> target, String key, Map<String, ?> value) {
    if (!value.isEmpty()) {
      target.put(key, value);
    }
  }
}
