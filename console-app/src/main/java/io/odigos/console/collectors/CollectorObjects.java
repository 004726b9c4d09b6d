package io.odigos.console.collectors;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.odigos.model.v1alpha1.CollectorsGroup;
import java.util.List;

/**
 * The objects of the Odigos namespace that describe the collectors, and the cluster's Nodes (whose
 * conditions say whether eBPF Go instrumentation runs there), as last seen.
 *
 * @param nodesProblem why the Nodes could not be listed ("" when they were)
 */
public record CollectorObjects(
    List<CollectorsGroup> groups,
    List<Deployment> deployments,
    List<DaemonSet> daemonSets,
    List<HorizontalPodAutoscaler> autoscalers,
    List<ConfigMap> configMaps,
    List<Node> nodes,
    String nodesProblem) {
  public CollectorObjects {
    groups = List.copyOf(groups);
    deployments = List.copyOf(deployments);
    daemonSets = List.copyOf(daemonSets);
    autoscalers = List.copyOf(autoscalers);
    configMaps = List.copyOf(configMaps);
    nodes = List.copyOf(nodes);
    nodesProblem = nodesProblem == null ? "" : nodesProblem;
  }

  /** Without Nodes. */
  public CollectorObjects(
      List<CollectorsGroup> groups,
      List<Deployment> deployments,
      List<DaemonSet> daemonSets,
      List<HorizontalPodAutoscaler> autoscalers,
      List<ConfigMap> configMaps) {
    this(groups, deployments, daemonSets, autoscalers, configMaps, List.of(), "");
  }

  public static CollectorObjects empty() {
    return new CollectorObjects(List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
