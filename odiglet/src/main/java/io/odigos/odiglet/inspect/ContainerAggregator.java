package io.odigos.odiglet.inspect;

import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.odiglet.inspect.detect.ProcessRuntime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the processes of one container into its {@link RuntimeDetailsByContainer}. Pure.
 *
 * <p>The main process is the one whose language matters most (a language Odigos has an agent for,
 * then other recognised runtimes, then C++, then unknown: so {@code sh -c "java ..."} reports
 * Java), the lowest PID among equals (the container's first process). Another agent seen in any
 * process of the container is reported, since it would conflict with ours all the same.
 */
public final class ContainerAggregator {
  private static final Set<ProgrammingLanguage> WITH_AGENT =
      EnumSet.of(
          ProgrammingLanguage.JAVA,
          ProgrammingLanguage.PYTHON,
          ProgrammingLanguage.JAVASCRIPT,
          ProgrammingLanguage.DOTNET,
          ProgrammingLanguage.GO);

  private ContainerAggregator() {}

  /** The process that represents the container; empty for no processes. */
  public static Optional<ProcessRuntime> mainProcess(List<ProcessRuntime> processes) {
    return processes.stream()
        .min(
            Comparator.comparingInt((ProcessRuntime p) -> rank(p.language()))
                .thenComparingInt(ProcessRuntime::pid));
  }

  static int rank(ProgrammingLanguage language) {
    if (WITH_AGENT.contains(language)) {
      return 0;
    }
    return switch (language) {
      case CPLUSPLUS -> 2;
      case UNKNOWN, IGNORED, ANY -> 3;
      default -> 1;
    };
  }

  /** The container's details, or empty when it has no processes. */
  public static Optional<RuntimeDetailsByContainer> aggregate(
      String containerName, List<ProcessRuntime> processes) {
    Optional<ProcessRuntime> main = mainProcess(processes);
    if (main.isEmpty()) {
      return Optional.empty();
    }
    ProcessRuntime m = main.get();
    RuntimeDetailsByContainer d = new RuntimeDetailsByContainer();
    d.setContainerName(containerName);
    d.setLanguage(m.language());
    d.setRuntimeVersion(m.runtimeVersion().isEmpty() ? null : m.runtimeVersion());
    d.setEnvVars(m.envVars().isEmpty() ? null : m.envVars());
    Optional<String> other =
        m.otherAgent()
            .or(
                () ->
                    processes.stream()
                        .sorted(Comparator.comparingInt(ProcessRuntime::pid))
                        .flatMap(p -> p.otherAgent().stream())
                        .findFirst());
    other.ifPresent(a -> d.setOtherAgent(new RuntimeDetailsByContainer.OtherAgent(a)));
    m.libc().ifPresent(d::setLibCType);
    m.secureExecution().ifPresent(d::setSecureExecutionMode);
    return Optional.of(d);
  }

  /**
   * Groups processes by the workload container they belong to and aggregates each; processes the
   * resolver cannot place are left out. The result maps each workload (namespace and
   * InstrumentationConfig name) to its containers' details, sorted by container name.
   */
  public static Map<WorkloadKey, List<RuntimeDetailsByContainer>> byWorkload(
      List<InspectedProcess> processes,
      Function<ProcessOwner, Optional<WorkloadContainer>> resolver) {
    Map<WorkloadContainer, List<ProcessRuntime>> grouped = new LinkedHashMap<>();
    for (InspectedProcess p : processes) {
      resolver
          .apply(p.owner())
          .ifPresent(c -> grouped.computeIfAbsent(c, k -> new ArrayList<>()).add(p.runtime()));
    }
    Map<WorkloadKey, List<RuntimeDetailsByContainer>> out = new LinkedHashMap<>();
    grouped.forEach(
        (c, runtimes) ->
            aggregate(c.containerName(), runtimes)
                .ifPresent(
                    d ->
                        out.computeIfAbsent(
                                new WorkloadKey(c.namespace(), c.instrumentationConfigName()),
                                k -> new ArrayList<>())
                            .add(d)));
    out.values()
        .forEach(l -> l.sort(Comparator.comparing(RuntimeDetailsByContainer::getContainerName)));
    return out;
  }

  /** The resolver for host mode: only host-attributed processes have a workload. */
  public static Optional<WorkloadContainer> hostMode(ProcessOwner owner) {
    return owner instanceof ProcessOwner.HostWorkload h
        ? Optional.of(h.container())
        : Optional.empty();
  }

  /** An InstrumentationConfig by namespace and name. */
  public record WorkloadKey(String namespace, String instrumentationConfigName) {}
}
