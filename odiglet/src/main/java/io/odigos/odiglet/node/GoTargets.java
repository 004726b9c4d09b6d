package io.odigos.odiglet.node;

import io.odigos.model.v1alpha1.ContainerAgentConfig;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.odiglet.ebpf.attach.GoTarget;
import io.odigos.odiglet.inspect.ContainerAggregator.WorkloadKey;
import io.odigos.odiglet.inspect.InspectedProcess;
import io.odigos.odiglet.inspect.ProcessOwner;
import io.odigos.odiglet.inspect.WorkloadContainer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which inspected processes the eBPF Go instrumentation should probe: Go processes whose workload's
 * InstrumentationConfig enables the Go distro for their container (the instrumentor's decision),
 * each with its workload's resource attributes. Pure.
 */
public final class GoTargets {
  private GoTargets() {}

  public static List<GoTarget> select(
      List<InspectedProcess> processes,
      Function<ProcessOwner, Optional<Placement>> place,
      Function<WorkloadKey, Optional<InstrumentationConfig>> configs,
      String node) {
    return selectPlaced(processes, place, configs, node).stream()
        .map(GoWorkloadProcess::target)
        .toList();
  }

  /** As {@link #select}, each target with its placement and inspected Go version. */
  public static List<GoWorkloadProcess> selectPlaced(
      List<InspectedProcess> processes,
      Function<ProcessOwner, Optional<Placement>> place,
      Function<WorkloadKey, Optional<InstrumentationConfig>> configs,
      String node) {
    List<GoWorkloadProcess> out = new ArrayList<>();
    for (InspectedProcess p : processes) {
      if (p.runtime().language() != ProgrammingLanguage.GO) {
        continue;
      }
      Optional<Placement> placement = place.apply(p.owner());
      if (placement.isEmpty()) {
        continue;
      }
      WorkloadContainer c = placement.get().container();
      Optional<InstrumentationConfig> ic =
          configs.apply(new WorkloadKey(c.namespace(), c.instrumentationConfigName()));
      if (ic.isEmpty() || !goEnabled(ic.get(), c.containerName())) {
        continue;
      }
      out.add(
          new GoWorkloadProcess(
              GoTarget.of(p.pid(), attributes(placement.get(), node)),
              placement.get(),
              p.runtime().runtimeVersion() == null ? "" : p.runtime().runtimeVersion()));
    }
    return out;
  }

  static boolean goEnabled(InstrumentationConfig ic, String container) {
    if (ic.getSpec() == null || ic.getSpec().getContainers() == null) {
      return false;
    }
    for (ContainerAgentConfig a : ic.getSpec().getContainers()) {
      if (container.equals(a.getContainerName())
          && Boolean.TRUE.equals(a.getAgentEnabled())
          && a.getOtelDistroName() != null
          && a.getOtelDistroName().startsWith("golang")) {
        return true;
      }
    }
    return false;
  }

  static Map<String, String> attributes(Placement placement, String node) {
    WorkloadContainer c = placement.container();
    Map<String, String> a = new LinkedHashMap<>();
    a.put("service.name", c.name());
    a.put("k8s.namespace.name", c.namespace());
    a.put("k8s." + c.kind().toLowerCase(Locale.ROOT) + ".name", c.name());
    a.put("k8s.container.name", c.containerName());
    placement.pod().ifPresent(pod -> a.put("k8s.pod.name", pod.name()));
    a.put("k8s.node.name", node);
    return a;
  }
}
