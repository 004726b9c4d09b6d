package io.odigos.operator.instrumentor.source;

import io.odigos.model.v1alpha1.InstrumentationConfigSpec.ContainerOverride;
import io.odigos.model.v1alpha1.PodWorkload;
import io.odigos.model.v1alpha1.Source;
import io.odigos.operator.instrumentor.agent.Marking;
import io.odigos.operator.instrumentor.workload.WorkloadKind;
import io.odigos.operator.support.Conditions.Desired;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Decides, for one namespace, which workloads get an InstrumentationConfig and what each Source's
 * status says. Pure: Sources and workloads in, plan out.
 *
 * <p>A workload is instrumented when a workload Source names it (exactly, or by regular expression
 * with {@code useRegex}) or, with no such Source, when its namespace has a namespace Source. A
 * workload Source with {@code disableInstrumentation} opts the workload out, and wins over an
 * enabling Source for the same workload; a disabled namespace Source wins over an enabled one.
 * Sources being deleted count as gone. Nothing in an ignored namespace is instrumented.
 */
public final class InstrumentationPlanner {
  /** The condition type on Sources: whether, and how, the Source took effect. */
  public static final String APPLIED = "Applied";

  static final String NAMESPACE_KIND = "Namespace";

  private InstrumentationPlanner() {}

  /** One InstrumentationConfig that should exist. */
  public record DesiredConfig(
      WorkloadObject workload,
      String serviceName,
      List<ContainerOverride> containersOverrides,
      Marking marking) {
    public String name() {
      return workload.ref().instrumentationConfigName();
    }
  }

  /**
   * @param configs by IC name
   * @param sourceConditions by Source name; Sources being deleted have none
   */
  public record Plan(Map<String, DesiredConfig> configs, Map<String, Desired> sourceConditions) {}

  private record Target(Source source, WorkloadKind kind, Pattern pattern) {
    boolean matches(WorkloadObject w) {
      String name = source.getSpec().getWorkload().getName();
      return w.ref().kind() == kind
          && (pattern == null
              ? w.ref().name().equals(name)
              : pattern.matcher(w.ref().name()).matches());
    }

    boolean disables() {
      return source.getSpec().disablesInstrumentation();
    }
  }

  public static Plan plan(
      String namespace,
      Collection<Source> sources,
      Collection<WorkloadObject> workloads,
      boolean namespaceIgnored) {
    List<Source> live =
        sources.stream()
            .filter(s -> s.getMetadata().getDeletionTimestamp() == null)
            .filter(s -> s.getSpec() != null && s.getSpec().getWorkload() != null)
            .sorted(Comparator.comparing(s -> s.getMetadata().getName()))
            .toList();
    Map<String, Desired> conditions = new TreeMap<>();
    Map<String, DesiredConfig> configs = new TreeMap<>();
    if (namespaceIgnored) {
      live.forEach(
          s ->
              conditions.put(
                  s.getMetadata().getName(),
                  Desired.isFalse(
                      APPLIED,
                      "IgnoredNamespace",
                      "namespace '"
                          + namespace
                          + "' is in ignoredNamespaces of the Odigos configuration; nothing in"
                          + " it is instrumented")));
      return new Plan(configs, conditions);
    }
    List<Source> namespaceSources = new ArrayList<>();
    List<Target> exact = new ArrayList<>();
    List<Target> regex = new ArrayList<>();
    for (Source s : live) {
      classify(namespace, s, namespaceSources, exact, regex)
          .ifPresent(problem -> conditions.put(s.getMetadata().getName(), problem));
    }
    Optional<Source> namespaceSource =
        namespaceSources.stream().filter(s -> !s.getSpec().disablesInstrumentation()).findFirst();
    Optional<Source> namespaceOff =
        namespaceSources.stream().filter(s -> s.getSpec().disablesInstrumentation()).findFirst();

    List<WorkloadObject> sorted =
        workloads.stream()
            .sorted(Comparator.comparing(w -> w.ref().instrumentationConfigName()))
            .toList();
    for (WorkloadObject w : sorted) {
      List<Target> chosen = exact.stream().filter(t -> t.matches(w)).toList();
      if (chosen.isEmpty()) {
        chosen = regex.stream().filter(t -> t.matches(w)).toList();
      }
      if (!chosen.isEmpty()) {
        if (chosen.stream().noneMatch(Target::disables)) {
          Source s = chosen.getFirst().source();
          configs.put(w.ref().instrumentationConfigName(), desired(w, s, Marking.WORKLOAD_SOURCE));
        }
      } else if (namespaceSource.isPresent() && namespaceOff.isEmpty()) {
        configs.put(
            w.ref().instrumentationConfigName(),
            desired(w, namespaceSource.get(), Marking.NAMESPACE_SOURCE));
      }
    }

    for (Source s : namespaceSources) {
      conditions.put(s.getMetadata().getName(), namespaceCondition(namespace, s, namespaceOff));
    }
    for (Target t : exact) {
      conditions.put(
          t.source().getMetadata().getName(), exactCondition(namespace, t, exact, sorted));
    }
    for (Target t : regex) {
      conditions.put(t.source().getMetadata().getName(), regexCondition(namespace, t, sorted));
    }
    return new Plan(configs, conditions);
  }

  /** Sorts the Source into its list, or returns why it cannot be used. */
  private static Optional<Desired> classify(
      String namespace,
      Source s,
      List<Source> namespaceSources,
      List<Target> exact,
      List<Target> regex) {
    PodWorkload w = s.getSpec().getWorkload();
    if (NAMESPACE_KIND.equals(w.getKind())) {
      if (!namespace.equals(w.getName())) {
        return Optional.of(
            Desired.isFalse(
                APPLIED,
                "NamespaceMismatch",
                "a namespace Source names its own namespace: workload.name is '"
                    + w.getName()
                    + "' but this Source is in '"
                    + namespace
                    + "'"));
      }
      namespaceSources.add(s);
      return Optional.empty();
    }
    Optional<WorkloadKind> kind = WorkloadKind.of(w.getKind());
    if (kind.isEmpty()) {
      return Optional.of(
          Desired.isFalse(
              APPLIED,
              "UnsupportedWorkloadKind",
              "kind '"
                  + w.getKind()
                  + "' cannot be instrumented; name a Deployment, StatefulSet, DaemonSet or"
                  + " CronJob, or use kind Namespace for a whole namespace"));
    }
    if (w.getNamespace() != null && !namespace.equals(w.getNamespace())) {
      return Optional.of(
          Desired.isFalse(
              APPLIED,
              "NamespaceMismatch",
              "a Source lives in its workload's namespace: workload.namespace is '"
                  + w.getNamespace()
                  + "' but this Source is in '"
                  + namespace
                  + "'"));
    }
    if (!Boolean.TRUE.equals(s.getSpec().getUseRegex())) {
      exact.add(new Target(s, kind.get(), null));
      return Optional.empty();
    }
    try {
      regex.add(new Target(s, kind.get(), Pattern.compile(String.valueOf(w.getName()))));
      return Optional.empty();
    } catch (PatternSyntaxException e) {
      return Optional.of(
          Desired.isFalse(
              APPLIED,
              "InvalidWorkloadName",
              "workload.name is not a valid regular expression: " + e.getDescription()));
    }
  }

  private static DesiredConfig desired(WorkloadObject w, Source s, String reason) {
    String serviceName = s.getSpec().getOtelServiceName();
    boolean workloadSource = Marking.WORKLOAD_SOURCE.equals(reason);
    List<ContainerOverride> overrides =
        !workloadSource || s.getSpec().getContainerOverrides() == null
            ? null
            : s.getSpec().getContainerOverrides().stream()
                .filter(o -> o != null && o.getContainerName() != null)
                .map(o -> new ContainerOverride(o.getContainerName(), o.getRuntimeInfo(), null))
                .toList();
    return new DesiredConfig(
        w,
        workloadSource && serviceName != null && !serviceName.isBlank()
            ? serviceName.strip()
            : w.ref().name(),
        overrides == null || overrides.isEmpty() ? null : overrides,
        new Marking(reason, s.getMetadata().getName()));
  }

  private static Desired namespaceCondition(
      String namespace, Source s, Optional<Source> namespaceOff) {
    if (s.getSpec().disablesInstrumentation()) {
      return Desired.isTrue(
          APPLIED,
          "NamespaceSourceDisabled",
          "namespace-wide instrumentation of '"
              + namespace
              + "' is off; workload Sources still apply");
    }
    if (namespaceOff.isPresent()) {
      return Desired.isFalse(
          APPLIED,
          "DisabledByAnotherSource",
          "Source '"
              + namespaceOff.get().getMetadata().getName()
              + "' turns namespace-wide instrumentation of '"
              + namespace
              + "' off");
    }
    return Desired.isTrue(
        APPLIED,
        "NamespaceSource",
        "every Deployment, StatefulSet, DaemonSet and CronJob in '"
            + namespace
            + "' is instrumented, including ones created later, unless a workload Source opts it"
            + " out");
  }

  private static Desired exactCondition(
      String namespace, Target t, List<Target> exact, List<WorkloadObject> workloads) {
    String what = t.kind().kind() + " '" + t.source().getSpec().getWorkload().getName() + "'";
    Optional<WorkloadObject> workload = workloads.stream().filter(t::matches).findFirst();
    if (workload.isEmpty()) {
      return Desired.isFalse(
          APPLIED,
          "WorkloadNotFound",
          what
              + " does not exist in namespace '"
              + namespace
              + "'; the Source applies as soon as it is created");
    }
    if (t.disables()) {
      return Desired.isTrue(
          APPLIED, "WorkloadOptedOut", what + " is not instrumented, even if its namespace is");
    }
    Optional<Target> optOut =
        exact.stream().filter(o -> o.disables() && o.matches(workload.get())).findFirst();
    if (optOut.isPresent()) {
      return Desired.isFalse(
          APPLIED,
          "DisabledByAnotherSource",
          "Source '" + optOut.get().source().getMetadata().getName() + "' opts " + what + " out");
    }
    return Desired.isTrue(
        APPLIED,
        "WorkloadSource",
        what
            + " is instrumented through InstrumentationConfig '"
            + workload.get().ref().instrumentationConfigName()
            + "'");
  }

  private static Desired regexCondition(
      String namespace, Target t, List<WorkloadObject> workloads) {
    long matches = workloads.stream().filter(t::matches).count();
    String pattern = t.source().getSpec().getWorkload().getName();
    if (matches == 0) {
      return Desired.isFalse(
          APPLIED,
          "WorkloadNotFound",
          "no "
              + t.kind().kind()
              + " in namespace '"
              + namespace
              + "' matches '"
              + pattern
              + "'; the Source applies to matching ones as soon as they are created");
    }
    return Desired.isTrue(
        APPLIED,
        t.disables() ? "WorkloadOptedOut" : "WorkloadSource",
        matches
            + " "
            + t.kind().kind()
            + (matches == 1 ? "" : "s")
            + " match '"
            + pattern
            + "'"
            + (t.disables() ? " and are not instrumented" : "")
            + "; a workload Source naming one exactly takes precedence");
  }
}
