package io.odigos.console.overview;

/** Reads a collectors group's own metrics. Blocking: background only. */
public interface MetricsScraper {

  /** The group's metrics in Prometheus text; throws {@link Unreachable} with the reason. */
  String scrape(String group);

  /** The metrics could not be read; the message says why, for the edge label's tooltip. */
  final class Unreachable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Unreachable(String message) {
      super(message);
    }

    public Unreachable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
