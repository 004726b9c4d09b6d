package io.odigos.console.collectors;

import io.odigos.console.forms.Health;
import java.util.List;

/**
 * What the Collectors view shows of one collectors group.
 *
 * @param group the CollectorsGroup name ({@code odigos-gateway}, {@code odigos-data-collection})
 * @param title "Gateway" or "Node collector"
 * @param health green ready, amber waiting, red a False condition or missing
 * @param status the group's readiness in words
 * @param scale replicas and HPA (gateway), desired/ready pods (node collector)
 * @param problems the group's False conditions
 * @param config the rendered collector config from the group's ConfigMap, "" when there is none
 */
public record CollectorState(
    String group,
    String title,
    Health health,
    String status,
    String scale,
    List<String> problems,
    String config) {
  public CollectorState {
    problems = List.copyOf(problems);
  }
}
