package io.odigos.console.overview;

import static io.odigos.console.overview.TopologyFixtures.destination;
import static io.odigos.console.overview.TopologyFixtures.group;
import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.console.core.Tasks;
import io.odigos.model.v1alpha1.CollectorsGroupRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Same-thread tasks, a hand-ticked poller, a settable clock and scraped texts given by the test.
 */
class OverviewViewModelTest {
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final List<Runnable> ticks = new ArrayList<>();
  private final Map<String, String> texts = new HashMap<>();
  private Consumer<PipelineObjects> sink;

  private final MetricsScraper scraper =
      group -> {
        String text = texts.get(group);
        if (text == null) {
          throw new MetricsScraper.Unreachable("connection refused by " + group);
        }
        return text;
      };
  private final TopologySource source =
      s -> {
        sink = s;
        s.accept(
            new PipelineObjects(
                List.of(),
                List.of(
                    group("odigos-gateway", CollectorsGroupRole.CLUSTER_GATEWAY, true),
                    group("odigos-data-collection", CollectorsGroupRole.NODE_COLLECTOR, true)),
                List.of(destination("honeycomb-1", "honeycomb"))));
        return () -> sink = null;
      };
  private final OverviewViewModel model =
      new OverviewViewModel(
          Tasks.sameThread(),
          (p, a) -> {
            ticks.add(a);
            return () -> ticks.remove(a);
          },
          () -> now);

  private static String node(double accepted, double sent) {
    return "otelcol_receiver_accepted_spans{receiver=\"otlp\"} "
        + accepted
        + "\notelcol_exporter_sent_spans{exporter=\"otlp/gateway\"} "
        + sent
        + "\n";
  }

  private static String gateway(double sentToHoneycomb) {
    return "otelcol_exporter_sent_spans{exporter=\"otlphttp/honeycomb-1\"} "
        + sentToHoneycomb
        + "\n";
  }

  @Test
  void twoScrapesGiveRatesOnTheEdgesAndSparklines() {
    texts.put("odigos-data-collection", node(100, 90));
    texts.put("odigos-gateway", gateway(80));
    model.use(source, scraper);
    assertThat(ticks).hasSize(1);
    assertThat(
            model.topologyProperty().get().edge("node-collector", "gateway").orElseThrow().label())
        .isEqualTo("measuring…");

    now = now.plusSeconds(5);
    texts.put("odigos-data-collection", node(150, 140));
    texts.put("odigos-gateway", gateway(105));
    ticks.getFirst().run();
    Topology t = model.topologyProperty().get();
    assertThat(t.edge("node-collector", "gateway").orElseThrow().label()).isEqualTo("10 spans/s");
    assertThat(t.edge("gateway", "dest/honeycomb-1").orElseThrow().label())
        .isEqualTo("5.0 spans/s");
    assertThat(t.node("node-collector").orElseThrow().detail()).contains("in 10 spans/s");

    now = now.plusSeconds(5);
    texts.put("odigos-gateway", gateway(155));
    ticks.getFirst().run();
    assertThat(
            model
                .topologyProperty()
                .get()
                .edge("gateway", "dest/honeycomb-1")
                .orElseThrow()
                .history())
        .containsExactly(5.0, 10.0);
  }

  @Test
  void unreachableMetricsAreSaidOnTheEdgeNotShownAsZero() {
    texts.put("odigos-data-collection", node(1, 1));
    model.use(source, scraper);
    var edge = model.topologyProperty().get().edge("gateway", "dest/honeycomb-1").orElseThrow();
    assertThat(edge.label()).isEqualTo("metrics unreachable");
    assertThat(edge.reason()).isEqualTo("connection refused by odigos-gateway");
    assertThat(
            model
                .topologyProperty()
                .get()
                .edge("node-collector", "gateway")
                .orElseThrow()
                .unreachable())
        .isFalse();
  }

  @Test
  void liveObjectChangesRebuildTheTopologyAndDisconnectStopsPolling() {
    model.use(source, scraper);
    sink.accept(new PipelineObjects(List.of(), List.of(), List.of()));
    assertThat(model.topologyProperty().get().node("dest/honeycomb-1")).isEmpty();
    model.use(null, null);
    assertThat(ticks).isEmpty();
    assertThat(sink).isNull();
  }
}
