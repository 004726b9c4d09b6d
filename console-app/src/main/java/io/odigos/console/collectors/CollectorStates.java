package io.odigos.console.collectors;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.odigos.console.forms.FalseConditions;
import io.odigos.console.forms.Health;
import io.odigos.model.v1alpha1.CollectorsGroup;
import java.util.List;
import java.util.Optional;

/**
 * Turns the collector objects into what the view shows, the same way the autoscaler names them:
 * every object of a group (ConfigMap, Deployment, HPA, DaemonSet) carries the group's name, and the
 * config is under {@value #CONFIG_KEY}. Pure.
 */
public final class CollectorStates {
  public static final String GATEWAY = "odigos-gateway";
  public static final String NODE = "odigos-data-collection";

  /** The autoscaler's key of the collector config in the group's ConfigMap. */
  public static final String CONFIG_KEY = "collector-conf.yaml";

  private CollectorStates() {}

  public static List<CollectorState> of(CollectorObjects o) {
    return List.of(gateway(o), node(o));
  }

  static CollectorState gateway(CollectorObjects o) {
    Optional<CollectorsGroup> group = named(o.groups(), GATEWAY);
    Optional<Deployment> d = named(o.deployments(), GATEWAY);
    Optional<HorizontalPodAutoscaler> hpa = named(o.autoscalers(), GATEWAY);
    String replicas =
        d.map(
                x -> {
                  var s = x.getStatus();
                  return "Replicas: "
                      + n(s == null ? null : s.getReadyReplicas())
                      + " ready / "
                      + n(s == null ? null : s.getReplicas())
                      + (x.getSpec() != null && x.getSpec().getReplicas() != null
                          ? " (wanted " + x.getSpec().getReplicas() + ")"
                          : "");
                })
            .orElse("No Deployment " + GATEWAY);
    String autoscaling =
        hpa.map(
                h ->
                    "HPA: min "
                        + (h.getSpec().getMinReplicas() == null ? 1 : h.getSpec().getMinReplicas())
                        + ", max "
                        + h.getSpec().getMaxReplicas()
                        + ", current "
                        + n(h.getStatus() == null ? null : h.getStatus().getCurrentReplicas()))
            .orElse("no HorizontalPodAutoscaler");
    return state(GATEWAY, "Gateway", group, replicas + " · " + autoscaling, o);
  }

  static CollectorState node(CollectorObjects o) {
    Optional<CollectorsGroup> group = named(o.groups(), NODE);
    String pods =
        named(o.daemonSets(), NODE)
            .map(
                ds -> {
                  var s = ds.getStatus();
                  return "Pods: "
                      + n(s == null ? null : s.getNumberReady())
                      + " ready / "
                      + n(s == null ? null : s.getDesiredNumberScheduled())
                      + " desired";
                })
            .orElse("No DaemonSet " + NODE);
    return state(NODE, "Node collector", group, pods, o);
  }

  private static CollectorState state(
      String name,
      String title,
      Optional<CollectorsGroup> group,
      String scale,
      CollectorObjects o) {
    String config =
        named(o.configMaps(), name).map(ConfigMap::getData).map(d -> d.get(CONFIG_KEY)).orElse("");
    if (group.isEmpty()) {
      return new CollectorState(
          name, title, Health.FAILED, "No CollectorsGroup " + name, scale, List.of(), config);
    }
    var status = group.get().getStatus();
    var conditions =
        status == null
            ? List.<io.fabric8.kubernetes.api.model.Condition>of()
            : status.getConditions();
    List<String> problems = FalseConditions.of(conditions);
    boolean ready = status != null && status.readyNow();
    Health health = !problems.isEmpty() ? Health.FAILED : ready ? Health.OK : Health.WAITING;
    String words = ready ? "Ready" : "Not ready yet";
    if (status != null
        && status.getReceiverSignals() != null
        && !status.getReceiverSignals().isEmpty()) {
      words +=
          " · receives "
              + String.join(
                  ", ",
                  status.getReceiverSignals().stream()
                      .map(Enum::name)
                      .map(String::toLowerCase)
                      .toList());
    }
    return new CollectorState(name, title, health, words, scale, problems, config);
  }

  static <T extends HasMetadata> Optional<T> named(List<T> items, String name) {
    return items.stream().filter(i -> name.equals(i.getMetadata().getName())).findFirst();
  }

  private static String n(Integer i) {
    return i == null ? "0" : i.toString();
  }
}
