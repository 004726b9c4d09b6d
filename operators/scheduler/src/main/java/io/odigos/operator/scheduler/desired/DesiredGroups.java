package io.odigos.operator.scheduler.desired;

import java.util.List;

/** The gateway and node collector groups as they should be. */
public record DesiredGroups(DesiredGroup gateway, DesiredGroup node) {

  /**
   * The order to apply them in: the gateway before the node collector that sends to it, and the
   * node collector removed before the gateway it sends to.
   */
  public List<DesiredGroup> inApplyOrder() {
    return node.exists() ? List.of(gateway, node) : List.of(node, gateway);
  }
}
