package io.odigos.console.sources;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.odigos.console.describe.WorkloadKey;
import io.odigos.model.v1alpha1.PodWorkload;
import io.odigos.model.v1alpha1.Source;
import io.odigos.model.v1alpha1.SourceSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which Sources each action of the Sources view creates, changes or deletes, given the Sources the
 * cluster has. Namespace Sources are named {@code namespace-<ns>}, workload Sources {@code
 * <kind>-<name>} (like the InstrumentationConfig), so a second click finds and reuses them. Pure.
 */
public final class SourcePlans {
  static final String NAMESPACE = "Namespace";
  private static final int MAX_NAME = 253;

  private SourcePlans() {}

  /**
   * The writes of one action and what the user should know about it.
   *
   * @param notes e.g. why a workload stays instrumented after its Source is removed
   */
  public record Plan(List<SourceChange> changes, List<String> notes) {
    public Plan {
      changes = List.copyOf(changes);
      notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
      return changes.isEmpty();
    }
  }

  /** Name of the namespace Source this console creates. */
  public static String namespaceSourceName(String namespace) {
    return limit("namespace-" + namespace);
  }

  /** Name of the workload Source this console creates. */
  public static String workloadSourceName(WorkloadKey key) {
    return limit(key.instrumentationConfigName());
  }

  /** Instrument whole namespaces, their future workloads too. */
  public static Plan instrumentNamespaces(
      Collection<String> namespaces, Function<String, List<Source>> sourcesOf) {
    List<SourceChange> changes = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String ns : namespaces) {
      List<Source> nsSources = namespaceSources(ns, sourcesOf.apply(ns));
      if (nsSources.stream().anyMatch(s -> !s.getSpec().disablesInstrumentation())
          && nsSources.stream().noneMatch(s -> s.getSpec().disablesInstrumentation())) {
        notes.add("namespace " + ns + " is already instrumented");
        continue;
      }
      Optional<Source> off =
          nsSources.stream().filter(s -> s.getSpec().disablesInstrumentation()).findFirst();
      if (off.isPresent()) {
        changes.add(new SourceChange.SetDisabled(ns, off.get().getMetadata().getName(), false));
        nsSources.stream()
            .filter(s -> s != off.get() && s.getSpec().disablesInstrumentation())
            .forEach(s -> changes.add(new SourceChange.SetDisabled(ns, name(s), false)));
      } else {
        changes.add(
            new SourceChange.Create(source(ns, NAMESPACE, ns, namespaceSourceName(ns), false)));
      }
    }
    return new Plan(changes, notes);
  }

  /** Instrument single workloads with workload Sources. */
  public static Plan instrumentWorkloads(
      Collection<WorkloadKey> workloads, Function<String, List<Source>> sourcesOf) {
    return workloadPlan(workloads, sourcesOf, false);
  }

  /** Opt workloads out, also when their namespace is instrumented. */
  public static Plan optOut(
      Collection<WorkloadKey> workloads, Function<String, List<Source>> sourcesOf) {
    return workloadPlan(workloads, sourcesOf, true);
  }

  private static Plan workloadPlan(
      Collection<WorkloadKey> workloads,
      Function<String, List<Source>> sourcesOf,
      boolean disable) {
    List<SourceChange> changes = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (WorkloadKey key : workloads) {
      List<Source> exact = exactSources(key, sourcesOf.apply(key.namespace()));
      if (exact.isEmpty()) {
        changes.add(
            new SourceChange.Create(
                source(key.namespace(), key.kind(), key.name(), workloadSourceName(key), disable)));
        continue;
      }
      List<Source> wrong =
          exact.stream().filter(s -> s.getSpec().disablesInstrumentation() != disable).toList();
      if (wrong.isEmpty()) {
        notes.add(key + (disable ? " is already opted out" : " is already instrumented"));
      }
      wrong.forEach(
          s -> changes.add(new SourceChange.SetDisabled(key.namespace(), name(s), disable)));
    }
    return new Plan(changes, notes);
  }

  /**
   * Remove instrumentation: delete the workloads' own Sources and the namespaces' Sources. A
   * workload that its namespace Source still selects keeps its agent: the note says so.
   */
  public static Plan remove(
      Collection<WorkloadKey> workloads,
      Collection<String> namespaces,
      Function<String, List<Source>> sourcesOf) {
    List<SourceChange> changes = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String ns : namespaces) {
      namespaceSources(ns, sourcesOf.apply(ns))
          .forEach(s -> changes.add(new SourceChange.Delete(ns, name(s))));
    }
    for (WorkloadKey key : workloads) {
      List<Source> all = sourcesOf.apply(key.namespace());
      List<Source> exact = exactSources(key, all);
      exact.forEach(s -> changes.add(new SourceChange.Delete(key.namespace(), name(s))));
      boolean nsStays =
          !namespaces.contains(key.namespace())
              && namespaceSources(key.namespace(), all).stream()
                  .anyMatch(s -> !s.getSpec().disablesInstrumentation());
      if (nsStays) {
        notes.add(
            key + " stays instrumented by its namespace Source: opt it out to stop its agent");
      } else if (exact.isEmpty() && !namespaces.contains(key.namespace())) {
        notes.add(key + " has no Source of its own");
      }
    }
    return new Plan(changes.stream().distinct().toList(), notes);
  }

  private static List<Source> namespaceSources(String ns, List<Source> sources) {
    return sources.stream()
        .filter(s -> s.getSpec() != null && s.getSpec().getWorkload() != null)
        .filter(s -> NAMESPACE.equals(s.getSpec().getWorkload().getKind()))
        .filter(s -> ns.equals(s.getSpec().getWorkload().getName()))
        .toList();
  }

  private static List<Source> exactSources(WorkloadKey key, List<Source> sources) {
    return sources.stream()
        .filter(s -> s.getSpec() != null && s.getSpec().getWorkload() != null)
        .filter(s -> !Boolean.TRUE.equals(s.getSpec().getUseRegex()))
        .filter(
            s -> key.kind().equalsIgnoreCase(String.valueOf(s.getSpec().getWorkload().getKind())))
        .filter(s -> key.name().equals(s.getSpec().getWorkload().getName()))
        .toList();
  }

  private static String name(Source s) {
    return s.getMetadata().getName();
  }

  static Source source(String ns, String kind, String target, String name, boolean disable) {
    Source s = new Source();
    s.setMetadata(
        new ObjectMetaBuilder()
            .withName(name)
            .withNamespace(ns)
            .withLabels(Map.of("app.kubernetes.io/managed-by", "odigos-console"))
            .build());
    SourceSpec spec = new SourceSpec();
    spec.setWorkload(new PodWorkload(ns, kind, target));
    if (disable) {
      spec.setDisableInstrumentation(true);
    }
    s.setSpec(spec);
    return s;
  }

  /** Object names are at most 253 characters: long ones end in a short hash of the whole. */
  static String limit(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.length() <= MAX_NAME) {
      return lower;
    }
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(lower.getBytes(StandardCharsets.UTF_8));
      String hash = HexFormat.of().formatHex(d, 0, 5);
      return lower.substring(0, MAX_NAME - hash.length() - 1) + "-" + hash;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
