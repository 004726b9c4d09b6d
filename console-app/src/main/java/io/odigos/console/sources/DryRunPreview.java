package io.odigos.console.sources;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.odigos.console.describe.WorkloadKey;
import io.odigos.model.v1alpha1.ContainerAgentConfig;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigSpec;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.operator.instrumentor.agent.AgentsMetaHash;
import io.odigos.operator.instrumentor.agent.DistroSelector;
import io.odigos.operator.instrumentor.inject.DryRunReport;
import io.odigos.operator.instrumentor.inject.InjectionDryRun;
import io.odigos.operator.instrumentor.inject.PodInjector;
import java.util.ArrayList;
import java.util.List;

/**
 * What instrumenting a workload would change in its pods, from the instrumentor's own {@link
 * InjectionDryRun}. When the workload's InstrumentationConfig already enables agents, its decisions
 * are used as they are; otherwise the agents are chosen the instrumentor's way ({@link
 * DistroSelector}) from the runtime details the odiglet reported, or, before any inspection, from
 * the language the user assumes. Pure.
 */
public final class DryRunPreview {
  private DryRunPreview() {}

  /**
   * One workload's preview.
   *
   * @param report what injection would change; null when nothing can be previewed
   * @param notes what the preview could not show, and why
   */
  public record WorkloadPreview(WorkloadKey workload, DryRunReport report, List<String> notes) {
    public WorkloadPreview {
      notes = List.copyOf(notes);
    }
  }

  /**
   * @param template the workload's pod template; null if the workload is gone
   * @param ic its InstrumentationConfig, or null
   * @param assumed the language to assume for containers not inspected yet; null for none
   */
  public static WorkloadPreview of(
      WorkloadKey key,
      PodTemplateSpec template,
      InstrumentationConfig ic,
      ProgrammingLanguage assumed) {
    if (template == null || template.getSpec() == null) {
      return new WorkloadPreview(key, null, List.of(key + " was not found"));
    }
    if (ic != null && enablesAgents(ic)) {
      return new WorkloadPreview(key, InjectionDryRun.preview(template, ic, null), List.of());
    }
    List<RuntimeDetailsByContainer> detected =
        ic == null
                || ic.getStatus() == null
                || ic.getStatus().getRuntimeDetailsByContainer() == null
            ? List.of()
            : ic.getStatus().getRuntimeDetailsByContainer();
    List<String> notes = new ArrayList<>();
    List<ContainerAgentConfig> agents = new ArrayList<>();
    List<RuntimeDetailsByContainer> details = new ArrayList<>();
    for (Container c : template.getSpec().getContainers()) {
      if (PodInjector.DEFAULT_IGNORED_CONTAINERS.contains(c.getName())) {
        continue;
      }
      RuntimeDetailsByContainer d =
          detected.stream()
              .filter(r -> c.getName().equals(r.getContainerName()))
              .findFirst()
              .orElse(null);
      if (d == null && assumed != null) {
        d = new RuntimeDetailsByContainer();
        d.setContainerName(c.getName());
        d.setLanguage(assumed);
        notes.add(
            "container " + c.getName() + ": not inspected yet, assuming " + assumed.wireName());
      }
      if (d == null) {
        notes.add(
            "container "
                + c.getName()
                + ": language not detected yet (the odiglet inspects the pods once a Source"
                + " selects the workload); pick a language to preview");
        continue;
      }
      details.add(d);
      switch (DistroSelector.select(d.getLanguage(), d.getRuntimeVersion())) {
        case DistroSelector.Supported s -> agents.add(agent(c.getName(), s.distroName()));
        case DistroSelector.Rejected r ->
            notes.add("container " + c.getName() + ": no agent, " + r.message());
      }
    }
    if (agents.isEmpty()) {
      return new WorkloadPreview(key, null, notes);
    }
    InstrumentationConfig prospective = new InstrumentationConfig();
    prospective.setMetadata(
        new ObjectMetaBuilder()
            .withName(key.instrumentationConfigName())
            .withNamespace(key.namespace())
            .build());
    InstrumentationConfigSpec spec = new InstrumentationConfigSpec();
    spec.setAgentInjectionEnabled(true);
    spec.setServiceName(key.name());
    spec.setContainers(agents);
    spec.setAgentsMetaHash(AgentsMetaHash.of(agents));
    prospective.setSpec(spec);
    return new WorkloadPreview(key, InjectionDryRun.preview(template, prospective, details), notes);
  }

  private static boolean enablesAgents(InstrumentationConfig ic) {
    return ic.getSpec() != null
        && Boolean.TRUE.equals(ic.getSpec().getAgentInjectionEnabled())
        && ic.getSpec().getContainers() != null
        && ic.getSpec().getContainers().stream()
            .anyMatch(c -> Boolean.TRUE.equals(c.getAgentEnabled()));
  }

  private static ContainerAgentConfig agent(String container, String distro) {
    ContainerAgentConfig a = new ContainerAgentConfig();
    a.setContainerName(container);
    a.setAgentEnabled(true);
    a.setOtelDistroName(distro);
    return a;
  }
}
