package io.odigos.operator.instrumentor.inject;

import java.util.List;
import java.util.Map;

/**
 * What injection would do to a workload's pods.
 *
 * @param containers one entry per container of the pod template, in order
 * @param annotationsAdded pod annotations injection would add or change
 */
public record DryRunReport(
    List<ContainerPreview> containers, Map<String, String> annotationsAdded) {
  public DryRunReport {
    containers = List.copyOf(containers);
    annotationsAdded = Map.copyOf(annotationsAdded);
  }

  /** Every conflict of every container. */
  public List<Conflict> conflicts() {
    return containers.stream().flatMap(c -> c.conflicts().stream()).toList();
  }

  /** True if injection would change the pod at all. */
  public boolean changesAnything() {
    return !annotationsAdded.isEmpty() || containers.stream().anyMatch(ContainerPreview::changed);
  }
}
