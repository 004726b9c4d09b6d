package io.odigos.operator.instrumentor.inject;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Exactly what injection would change in a workload's pods, and what stands in its way, without
 * changing anything: the console shows it before the user instruments a workload.
 */
public final class InjectionDryRun {
  private InjectionDryRun() {}

  /** With the default ignored containers. */
  public static DryRunReport preview(
      PodTemplateSpec template,
      InstrumentationConfig ic,
      List<RuntimeDetailsByContainer> runtimeDetails) {
    return preview(template, ic, runtimeDetails, PodInjector.DEFAULT_IGNORED_CONTAINERS);
  }

  /**
   * @param runtimeDetails what inspection found; {@code null} for the config's own status
   */
  public static DryRunReport preview(
      PodTemplateSpec template,
      InstrumentationConfig ic,
      List<RuntimeDetailsByContainer> runtimeDetails,
      Collection<String> ignoredContainers) {
    Pod pod = new Pod();
    pod.setMetadata(template.getMetadata() == null ? new ObjectMeta() : template.getMetadata());
    pod.setSpec(template.getSpec());
    List<RuntimeDetailsByContainer> details =
        runtimeDetails != null || ic.getStatus() == null
            ? runtimeDetails
            : ic.getStatus().getRuntimeDetailsByContainer();
    InjectionResult result = new PodInjector(ignoredContainers).inject(pod, ic, details);

    List<ContainerPreview> containers = new ArrayList<>();
    List<Container> before = pod.getSpec() == null ? List.of() : pod.getSpec().getContainers();
    List<Container> after =
        result.pod().getSpec() == null ? List.of() : result.pod().getSpec().getContainers();
    for (int i = 0; i < before.size(); i++) {
      Container b = before.get(i);
      Container a = after.get(i);
      containers.add(
          new ContainerPreview(
              b.getName(),
              result.injectedContainers().contains(b.getName()),
              env(b),
              env(a),
              added(b, a, ResourceRequirements::getLimits),
              added(b, a, ResourceRequirements::getRequests),
              result.conflicts().stream()
                  .filter(c -> c.containerName().equals(b.getName()))
                  .toList()));
    }
    return new DryRunReport(
        containers, addedAnnotations(pod.getMetadata(), result.pod().getMetadata()));
  }

  private static List<EnvVar> env(Container c) {
    return c.getEnv() == null ? List.of() : List.copyOf(c.getEnv());
  }

  private static Map<String, Quantity> added(
      Container before,
      Container after,
      Function<ResourceRequirements, Map<String, Quantity>> amounts) {
    Map<String, Quantity> b = amounts(before, amounts);
    Map<String, Quantity> added = new LinkedHashMap<>(amounts(after, amounts));
    added.entrySet().removeIf(e -> Objects.equals(b.get(e.getKey()), e.getValue()));
    return added;
  }

  private static Map<String, Quantity> amounts(
      Container c, Function<ResourceRequirements, Map<String, Quantity>> amounts) {
    Map<String, Quantity> m = c.getResources() == null ? null : amounts.apply(c.getResources());
    return m == null ? Map.of() : m;
  }

  private static Map<String, String> addedAnnotations(ObjectMeta before, ObjectMeta after) {
    Map<String, String> b = before.getAnnotations() == null ? Map.of() : before.getAnnotations();
    Map<String, String> added = new LinkedHashMap<>();
    if (after != null && after.getAnnotations() != null) {
      after
          .getAnnotations()
          .forEach(
              (k, v) -> {
                if (!v.equals(b.get(k))) {
                  added.put(k, v);
                }
              });
    }
    return added;
  }
}
