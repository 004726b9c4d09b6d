package io.odigos.console.overview;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A collector's own span counters at one moment: spans its receivers accepted and spans each
 * exporter sent. Collectors name them {@code otelcol_receiver_accepted_spans} and {@code
 * otelcol_exporter_sent_spans}, with a {@code _total} suffix in some versions; both are read.
 */
public record CollectorCounters(double acceptedSpans, Map<String, Double> sentSpansByExporter) {
  static final String ACCEPTED = "otelcol_receiver_accepted_spans";
  static final String SENT = "otelcol_exporter_sent_spans";

  public CollectorCounters {
    sentSpansByExporter = Map.copyOf(sentSpansByExporter);
  }

  /** Sums the samples of every receiver (and of every pod, when several were scraped). */
  public static CollectorCounters of(List<MetricSample> samples) {
    double accepted = 0;
    Map<String, Double> sent = new TreeMap<>();
    for (MetricSample s : samples) {
      if (is(s.name(), ACCEPTED)) {
        accepted += s.value();
      } else if (is(s.name(), SENT)) {
        sent.merge(s.labels().getOrDefault("exporter", ""), s.value(), Double::sum);
      }
    }
    return new CollectorCounters(accepted, sent);
  }

  private static boolean is(String name, String metric) {
    return name.equals(metric) || name.equals(metric + "_total");
  }

  /** Spans sent by all exporters. */
  public double sentSpans() {
    return sentSpansByExporter.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** Spans sent by the exporters of one destination (exporter ids end with "/<destination>"). */
  public double sentSpansTo(String destination) {
    return sentSpansByExporter.entrySet().stream()
        .filter(e -> e.getKey().endsWith("/" + destination))
        .mapToDouble(Map.Entry::getValue)
        .sum();
  }
}
