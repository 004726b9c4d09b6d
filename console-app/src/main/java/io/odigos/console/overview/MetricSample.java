package io.odigos.console.overview;

import java.util.Map;

/** One line of a Prometheus text exposition: metric name, labels and value. */
public record MetricSample(String name, Map<String, String> labels, double value) {
  public MetricSample {
    labels = Map.copyOf(labels);
  }
}
