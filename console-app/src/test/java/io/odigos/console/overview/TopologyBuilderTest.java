package io.odigos.console.overview;

import static io.odigos.console.forms.HealthTest.condition;
import static io.odigos.console.overview.TopologyFixtures.destination;
import static io.odigos.console.overview.TopologyFixtures.group;
import static io.odigos.console.overview.TopologyFixtures.ic;
import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.console.core.Navigation;
import io.odigos.console.forms.Health;
import io.odigos.console.overview.Topology.Column;
import io.odigos.model.v1alpha1.CollectorsGroupRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopologyBuilderTest {
  private final PipelineObjects objects =
      new PipelineObjects(
          List.of(
              ic("shop", "deployment-cart", condition("AgentEnabled", "True", "Ok")),
              ic("shop", "deployment-checkout", condition("AgentEnabled", "False", "Crashed")),
              ic("web", "deployment-front", condition("AgentEnabled", "True", "Ok"))),
          List.of(
              group("odigos-gateway", CollectorsGroupRole.CLUSTER_GATEWAY, true),
              group("odigos-data-collection", CollectorsGroupRole.NODE_COLLECTOR, null)),
          List.of(
              destination("honeycomb-1", "honeycomb", condition("Configured", "True", "Ok")),
              destination("jaeger-1", "jaeger")));

  @Test
  void namespacesCountWorkloadsAndTakeTheWorstHealth() {
    Topology t = TopologyBuilder.build(objects, Throughput.none());
    assertThat(t.node("ns/shop"))
        .hasValueSatisfying(
            n -> {
              assertThat(n.detail()).isEqualTo("2 workloads");
              assertThat(n.health()).isEqualTo(Health.FAILED);
              assertThat(n.column()).isEqualTo(Column.SOURCES);
              assertThat(n.navigateTo()).isEqualTo(Navigation.SOURCES);
            });
    assertThat(t.node("ns/web").orElseThrow().health()).isEqualTo(Health.OK);
    assertThat(t.node("gateway").orElseThrow().health()).isEqualTo(Health.OK);
    assertThat(t.node("node-collector").orElseThrow().health()).isEqualTo(Health.WAITING);
    assertThat(t.node("dest/honeycomb-1").orElseThrow().health()).isEqualTo(Health.OK);
    assertThat(t.node("dest/jaeger-1").orElseThrow().health()).isEqualTo(Health.WAITING);
    assertThat(t.edges())
        .extracting(e -> e.from() + ">" + e.to())
        .containsExactly(
            "ns/shop>node-collector",
            "ns/web>node-collector",
            "node-collector>gateway",
            "gateway>dest/honeycomb-1",
            "gateway>dest/jaeger-1");
    assertThat(t.edge("gateway", "dest/honeycomb-1").orElseThrow().label()).isEqualTo("measuring…");
  }

  @Test
  void aMissingGatewayIsRedAndAFalseConditionToo() {
    var g = group("odigos-data-collection", CollectorsGroupRole.NODE_COLLECTOR, false);
    g.getStatus().setConditions(List.of(condition("CollectorsReady", "False", "WaitingForPods")));
    Topology t =
        TopologyBuilder.build(
            new PipelineObjects(List.of(), List.of(g), List.of()), Throughput.none());
    assertThat(t.node("gateway").orElseThrow().detail()).isEqualTo("not deployed");
    assertThat(t.node("gateway").orElseThrow().health()).isEqualTo(Health.FAILED);
    assertThat(t.node("node-collector").orElseThrow().health()).isEqualTo(Health.FAILED);
  }

  @Test
  void edgesCarryRatesOrSayTheMetricsAreUnreachable() {
    Throughput t =
        new Throughput(
            Map.of(Throughput.NODE_SENT, 12.4, Throughput.sentTo("honeycomb-1"), 0.5),
            Map.of(Throughput.NODE_SENT, List.of(10.0, 12.4)),
            Map.of("odigos-gateway", "no running odigos-gateway pod to read metrics from"));
    Topology topo = TopologyBuilder.build(objects, t);
    var nodeToGateway = topo.edge("node-collector", "gateway").orElseThrow();
    assertThat(nodeToGateway.label()).isEqualTo("12 spans/s");
    assertThat(nodeToGateway.history()).containsExactly(10.0, 12.4);
    var toHoneycomb = topo.edge("gateway", "dest/honeycomb-1").orElseThrow();
    assertThat(toHoneycomb.label()).isEqualTo("metrics unreachable");
    assertThat(toHoneycomb.unreachable()).isTrue();
    assertThat(toHoneycomb.reason()).contains("no running odigos-gateway pod");
  }

  @Test
  void ratesAreShortAndReadable() {
    assertThat(TopologyBuilder.rate(0.42)).isEqualTo("0.4 spans/s");
    assertThat(TopologyBuilder.rate(125)).isEqualTo("125 spans/s");
    assertThat(TopologyBuilder.rate(2500)).isEqualTo("2.5k spans/s");
  }
}
