package io.odigos.console.overview;

import io.odigos.console.forms.Health;
import java.util.List;

/**
 * The pipeline as a graph to draw: sources per namespace → node collectors → gateway →
 * destinations, each node with its health, each edge with its throughput (or why it is unknown).
 */
public record Topology(List<Node> nodes, List<Edge> edges) {
  public Topology {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  public static Topology empty() {
    return new Topology(List.of(), List.of());
  }

  /** Columns, left to right. */
  public enum Column {
    SOURCES,
    NODE_COLLECTOR,
    GATEWAY,
    DESTINATIONS
  }

  /**
   * @param id unique in the topology, e.g. {@code ns/shop}, {@code gateway}, {@code dest/honeycomb}
   * @param navigateTo the navigation id of the view with its details
   */
  public record Node(
      String id, Column column, String title, String detail, Health health, String navigateTo) {}

  /**
   * @param label e.g. "12.5 spans/s", "metrics unreachable", or "" when nothing is measured there
   * @param unreachable whether the metrics behind the label could not be read
   * @param reason why they could not be read ("" otherwise)
   * @param history recent rates, oldest first, for the sparkline
   */
  public record Edge(
      String from,
      String to,
      String label,
      boolean unreachable,
      String reason,
      List<Double> history) {
    public Edge {
      history = List.copyOf(history);
    }
  }

  public java.util.Optional<Node> node(String id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
  }

  public java.util.Optional<Edge> edge(String from, String to) {
    return edges.stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst();
  }
}
