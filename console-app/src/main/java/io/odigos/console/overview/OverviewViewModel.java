package io.odigos.console.overview;

import io.odigos.console.core.ErrorText;
import io.odigos.console.core.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Overview's state: the pipeline objects from a live watch, and the collectors' own span
 * counters scraped every few seconds and turned into rates; both rebuild the {@link Topology}.
 */
public final class OverviewViewModel {
  private static final Logger log = LoggerFactory.getLogger(OverviewViewModel.class);
  public static final Duration SCRAPE_PERIOD = Duration.ofSeconds(5);
  static final int SPARKLINE_POINTS = 30;
  private static final List<String> GROUPS =
      List.of(TopologyBuilder.NODE_GROUP, TopologyBuilder.GATEWAY_GROUP);

  private final Tasks tasks;
  private final Poller poller;
  private final Supplier<Instant> clock;
  private final ObjectProperty<Topology> topology = new SimpleObjectProperty<>(Topology.empty());
  private final StringProperty status = new SimpleStringProperty("");
  private PipelineObjects objects = PipelineObjects.empty();
  private RateTracker rates = new RateTracker(SPARKLINE_POINTS);
  private final Map<String, Double> latest = new HashMap<>();
  private final Map<String, String> unreachable = new HashMap<>();
  private TopologySource source;
  private MetricsScraper scraper;
  private AutoCloseable watch;
  private AutoCloseable polling;
  private boolean scraping;

  public OverviewViewModel(Tasks tasks, Poller poller, Supplier<Instant> clock) {
    this.tasks = tasks;
    this.poller = poller;
    this.clock = clock;
  }

  /** A new cluster (or none): restart the watch and the metrics polling. */
  public void use(TopologySource nextSource, MetricsScraper nextScraper) {
    stop();
    source = nextSource;
    scraper = nextScraper;
    objects = PipelineObjects.empty();
    rates = new RateTracker(SPARKLINE_POINTS);
    latest.clear();
    unreachable.clear();
    rebuild();
    if (nextSource == null) {
      status.set("Connect to a cluster with Odigos to see its pipeline.");
      return;
    }
    status.set("Watching…");
    tasks.run(
        "Watching the pipeline",
        () ->
            io.odigos.console.forms.Watches.start(
                () ->
                    nextSource.watch(
                        o ->
                            tasks.onUi(
                                () -> {
                                  if (source == nextSource) {
                                    objects = o;
                                    rebuild();
                                  }
                                }))),
        w -> {
          if (source == nextSource) {
            watch = w;
            status.set("Live · metrics every " + SCRAPE_PERIOD.toSeconds() + " s");
          } else {
            close(w);
          }
        },
        e -> status.set("Cannot watch the pipeline: " + ErrorText.of(e)));
    if (nextScraper != null) {
      scrapeNow();
      polling = poller.every(SCRAPE_PERIOD, () -> tasks.onUi(this::scrapeNow));
    }
  }

  /** Reads both collectors' metrics in the background, then updates the rates. */
  public void scrapeNow() {
    MetricsScraper s = scraper;
    if (s == null || scraping) {
      return;
    }
    scraping = true;
    tasks.run(
        "Reading collector metrics",
        () -> {
          Map<String, Object> results = new LinkedHashMap<>();
          for (String group : GROUPS) {
            try {
              results.put(group, CollectorCounters.of(PrometheusText.parse(s.scrape(group))));
            } catch (RuntimeException e) {
              results.put(group, ErrorText.of(e));
            }
          }
          return new Scrape(clock.get(), results);
        },
        scrape -> {
          scraping = false;
          if (scraper == s) {
            apply(scrape);
          }
        },
        e -> scraping = false);
  }

  private record Scrape(Instant at, Map<String, Object> results) {}

  private void apply(Scrape scrape) {
    scrape
        .results()
        .forEach(
            (group, result) -> {
              if (result instanceof CollectorCounters c) {
                unreachable.remove(group);
                if (group.equals(TopologyBuilder.NODE_GROUP)) {
                  record(Throughput.NODE_ACCEPTED, scrape.at(), c.acceptedSpans());
                  record(Throughput.NODE_SENT, scrape.at(), c.sentSpans());
                } else {
                  record(Throughput.GATEWAY_ACCEPTED, scrape.at(), c.acceptedSpans());
                  for (var d : objects.destinations()) {
                    String name = d.getMetadata().getName();
                    record(Throughput.sentTo(name), scrape.at(), c.sentSpansTo(name));
                  }
                }
              } else {
                unreachable.put(group, String.valueOf(result));
                log.debug("Metrics of {} unreachable: {}", group, result);
              }
            });
    rebuild();
  }

  private void record(String key, Instant at, double counter) {
    rates.sample(key, at, counter).ifPresent(r -> latest.put(key, r));
  }

  private void rebuild() {
    Map<String, List<Double>> history = new HashMap<>();
    latest.keySet().forEach(k -> history.put(k, rates.history(k)));
    topology.set(TopologyBuilder.build(objects, new Throughput(latest, history, unreachable)));
  }

  private void stop() {
    if (watch != null) {
      close(watch);
      watch = null;
    }
    if (polling != null) {
      close(polling);
      polling = null;
    }
  }

  private static void close(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      log.debug("Closing: {}", e.getMessage());
    }
  }

  public ObjectProperty<Topology> topologyProperty() {
    return topology;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public void close() {
    use(null, null);
  }
}
