package io.odigos.console.collectors;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.odigos.console.forms.Health;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Each node's eBPF Go instrumentation state, read from the condition the odiglet patches onto the
 * Node's status ({@value #CONDITION}: True when it runs, False with the reason otherwise). Pure.
 */
public final class NodeEbpfStates {
  /** The node condition type the odiglet writes. */
  public static final String CONDITION = "OdigosEbpfReady";

  /** Reason of a condition True with context propagation unavailable. */
  static final String PROPAGATION_BLOCKED = "ContextPropagationBlocked";

  private NodeEbpfStates() {}

  /** One state per node, by name. */
  public static List<NodeEbpfState> of(List<Node> nodes) {
    return nodes.stream()
        .sorted(Comparator.comparing(n -> n.getMetadata().getName()))
        .map(NodeEbpfStates::of)
        .toList();
  }

  static NodeEbpfState of(Node node) {
    String name = node.getMetadata().getName();
    Optional<NodeCondition> c =
        node.getStatus() == null || node.getStatus().getConditions() == null
            ? Optional.empty()
            : node.getStatus().getConditions().stream()
                .filter(x -> CONDITION.equals(x.getType()))
                .findFirst();
    if (c.isEmpty()) {
      return new NodeEbpfState(
          name,
          Health.WAITING,
          "No report from the odiglet",
          "No " + CONDITION + " condition on this node: is the odiglet running here?");
    }
    NodeCondition cond = c.get();
    String reason = cond.getReason() == null ? "" : " · " + cond.getReason();
    String message = cond.getMessage() == null ? "" : cond.getMessage();
    if ("True".equals(cond.getStatus())) {
      Health h = PROPAGATION_BLOCKED.equals(cond.getReason()) ? Health.WAITING : Health.OK;
      return new NodeEbpfState(name, h, "Ready" + reason, message);
    }
    if ("False".equals(cond.getStatus())) {
      return new NodeEbpfState(name, Health.FAILED, "Not ready" + reason, message);
    }
    return new NodeEbpfState(name, Health.WAITING, "Unknown" + reason, message);
  }
}
