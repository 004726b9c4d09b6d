package io.odigos.console.overview;

import io.fabric8.kubernetes.api.model.Condition;
import io.odigos.console.core.Navigation;
import io.odigos.console.forms.Health;
import io.odigos.console.overview.Topology.Column;
import io.odigos.console.overview.Topology.Edge;
import io.odigos.console.overview.Topology.Node;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds the {@link Topology} from the objects and the measured throughput. Pure: the namespace
 * nodes count InstrumentationConfigs (one per instrumented workload), the collector nodes read
 * their CollectorsGroup's status, destinations their conditions.
 */
public final class TopologyBuilder {
  public static final String GATEWAY_GROUP = "odigos-gateway";
  public static final String NODE_GROUP = "odigos-data-collection";
  static final String NODE_ID = "node-collector";
  static final String GATEWAY_ID = "gateway";

  private TopologyBuilder() {}

  public static Topology build(PipelineObjects o, Throughput t) {
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    Map<String, List<InstrumentationConfig>> byNamespace = new TreeMap<>();
    for (InstrumentationConfig ic : o.instrumentationConfigs()) {
      byNamespace.computeIfAbsent(ic.getMetadata().getNamespace(), k -> new ArrayList<>()).add(ic);
    }
    byNamespace.forEach(
        (ns, ics) -> {
          Health h = ics.stream().map(TopologyBuilder::health).reduce(Health.OK, Health::and);
          nodes.add(
              new Node(
                  "ns/" + ns,
                  Column.SOURCES,
                  ns,
                  ics.size() + (ics.size() == 1 ? " workload" : " workloads"),
                  h,
                  Navigation.SOURCES));
          edges.add(new Edge("ns/" + ns, NODE_ID, "", false, "", List.of()));
        });

    Node node = collector(o, NODE_GROUP, NODE_ID, Column.NODE_COLLECTOR, "Node collectors");
    String inText =
        t.unreachable(NODE_GROUP).isPresent()
            ? ""
            : t.rate(Throughput.NODE_ACCEPTED).map(r -> "in " + rate(r)).orElse("");
    nodes.add(
        inText.isEmpty()
            ? node
            : new Node(
                node.id(),
                node.column(),
                node.title(),
                node.detail() + " · " + inText,
                node.health(),
                node.navigateTo()));
    nodes.add(collector(o, GATEWAY_GROUP, GATEWAY_ID, Column.GATEWAY, "Gateway"));
    edges.add(measured(NODE_ID, GATEWAY_ID, NODE_GROUP, Throughput.NODE_SENT, t));

    for (Destination d : o.destinations()) {
      String name = d.getMetadata().getName();
      String title =
          d.getSpec() == null || d.getSpec().getDestinationName() == null
              ? name
              : d.getSpec().getDestinationName();
      String type = d.getSpec() == null ? "" : d.getSpec().getType();
      List<Condition> conditions =
          d.getStatus() == null ? List.of() : d.getStatus().getConditions();
      boolean disabled = d.getSpec() != null && Boolean.TRUE.equals(d.getSpec().getDisabled());
      nodes.add(
          new Node(
              "dest/" + name,
              Column.DESTINATIONS,
              title,
              type + (disabled ? " · disabled" : ""),
              Health.of(conditions),
              Navigation.DESTINATIONS));
      edges.add(measured(GATEWAY_ID, "dest/" + name, GATEWAY_GROUP, Throughput.sentTo(name), t));
    }
    return new Topology(nodes, edges);
  }

  private static Health health(InstrumentationConfig ic) {
    return Health.of(ic.getStatus() == null ? List.of() : ic.getStatus().getConditions());
  }

  private static Node collector(
      PipelineObjects o, String group, String id, Column column, String title) {
    Optional<CollectorsGroup> g =
        o.collectorsGroups().stream()
            .filter(c -> group.equals(c.getMetadata().getName()))
            .findFirst();
    if (g.isEmpty()) {
      return new Node(id, column, title, "not deployed", Health.FAILED, Navigation.COLLECTORS);
    }
    var status = g.get().getStatus();
    List<Condition> conditions = status == null ? List.of() : status.getConditions();
    boolean failed = conditions.stream().anyMatch(c -> "False".equals(c.getStatus()));
    boolean ready = status != null && status.readyNow();
    Health h = failed ? Health.FAILED : ready ? Health.OK : Health.WAITING;
    return new Node(id, column, title, ready ? "ready" : "not ready", h, Navigation.COLLECTORS);
  }

  private static Edge measured(String from, String to, String group, String key, Throughput t) {
    Optional<String> down = t.unreachable(group);
    if (down.isPresent()) {
      return new Edge(from, to, "metrics unreachable", true, down.get(), List.of());
    }
    return new Edge(
        from,
        to,
        t.rate(key).map(TopologyBuilder::rate).orElse("measuring…"),
        false,
        "",
        t.historyOf(key));
  }

  /** "0.4 spans/s", "12 spans/s", "1.2k spans/s". */
  static String rate(double perSecond) {
    if (perSecond >= 1000) {
      return String.format(Locale.ROOT, "%.1fk spans/s", perSecond / 1000);
    }
    if (perSecond >= 10) {
      return String.format(Locale.ROOT, "%.0f spans/s", perSecond);
    }
    return String.format(Locale.ROOT, "%.1f spans/s", perSecond);
  }
}
