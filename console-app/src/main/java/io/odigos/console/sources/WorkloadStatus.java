package io.odigos.console.sources;

import io.fabric8.kubernetes.api.model.Condition;
import io.odigos.console.describe.StoryBuilder;
import io.odigos.console.describe.WorkloadKey;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.model.v1alpha1.Source;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A workload's row from its namespace's Sources and its InstrumentationConfig: which Source decides
 * (a workload Source wins over the namespace Source, an opt-out wins over an opt-in, as in the
 * instrumentor), the agent state from the {@code AgentEnabled} condition and the reason in words.
 * Pure.
 */
public final class WorkloadStatus {
  static final String AGENT_ENABLED = "AgentEnabled";

  private WorkloadStatus() {}

  /** What decides about a workload. */
  public sealed interface Decision {}

  /** No Source selects it. */
  public record Unselected() implements Decision {}

  /** A Source instruments it. */
  public record Selected(Source by, boolean namespaceWide) implements Decision {}

  /** A Source opts it out. */
  public record OptedOut(Source by, boolean namespaceWide) implements Decision {}

  public static Decision decide(WorkloadKey key, Collection<Source> namespaceSources) {
    List<Source> live =
        namespaceSources.stream()
            .filter(s -> s.getMetadata().getDeletionTimestamp() == null)
            .filter(s -> s.getSpec() != null && s.getSpec().getWorkload() != null)
            .sorted(java.util.Comparator.comparing(s -> s.getMetadata().getName()))
            .toList();
    List<Source> exact = live.stream().filter(s -> names(s, key, false)).toList();
    List<Source> chosen =
        exact.isEmpty() ? live.stream().filter(s -> names(s, key, true)).toList() : exact;
    if (!chosen.isEmpty()) {
      Optional<Source> off =
          chosen.stream().filter(s -> s.getSpec().disablesInstrumentation()).findFirst();
      return off.<Decision>map(s -> new OptedOut(s, false))
          .orElseGet(() -> new Selected(chosen.getFirst(), false));
    }
    List<Source> ns =
        live.stream()
            .filter(s -> "Namespace".equals(s.getSpec().getWorkload().getKind()))
            .filter(s -> key.namespace().equals(s.getSpec().getWorkload().getName()))
            .toList();
    Optional<Source> nsOff =
        ns.stream().filter(s -> s.getSpec().disablesInstrumentation()).findFirst();
    if (nsOff.isPresent()) {
      return new OptedOut(nsOff.get(), true);
    }
    return ns.isEmpty() ? new Unselected() : new Selected(ns.getFirst(), true);
  }

  private static boolean names(Source s, WorkloadKey key, boolean regex) {
    var w = s.getSpec().getWorkload();
    if ("Namespace".equals(w.getKind())
        || !key.kind().equalsIgnoreCase(String.valueOf(w.getKind()))
        || w.getName() == null
        || Boolean.TRUE.equals(s.getSpec().getUseRegex()) != regex) {
      return false;
    }
    if (!regex) {
      return key.name().equals(w.getName());
    }
    try {
      return Pattern.compile(w.getName()).matcher(key.name()).matches();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  /**
   * @param namespaceSources the Sources in the workload's namespace
   * @param ic its InstrumentationConfig, or null
   */
  public static WorkloadRow row(
      WorkloadKey key, Collection<Source> namespaceSources, InstrumentationConfig ic) {
    Decision d = decide(key, namespaceSources);
    List<RuntimeDetailsByContainer> details =
        ic == null
                || ic.getStatus() == null
                || ic.getStatus().getRuntimeDetailsByContainer() == null
            ? List.of()
            : ic.getStatus().getRuntimeDetailsByContainer();
    String language =
        join(
            details.stream()
                .map(r -> r.getLanguage() == null ? "" : r.getLanguage().wireName())
                .toList());
    String version =
        join(
            details.stream()
                .map(r -> r.getRuntimeVersion() == null ? "" : r.getRuntimeVersion())
                .toList());
    return switch (d) {
      case Unselected u ->
          WorkloadRow.of(
              key, language, version, AgentState.NOT_INSTRUMENTED, "no Source selects it", "");
      case OptedOut o ->
          WorkloadRow.of(
              key,
              language,
              version,
              AgentState.OPTED_OUT,
              (o.namespaceWide() ? "its namespace is opted out by Source " : "opted out by Source ")
                  + o.by().getMetadata().getName(),
              sourceText(o.by(), o.namespaceWide(), true));
      case Selected s ->
          selected(key, language, version, sourceText(s.by(), s.namespaceWide(), false), ic);
    };
  }

  private static WorkloadRow selected(
      WorkloadKey key, String language, String version, String source, InstrumentationConfig ic) {
    if (ic == null) {
      return WorkloadRow.of(
          key,
          language,
          version,
          AgentState.PENDING,
          "waiting for the instrumentor to create its InstrumentationConfig",
          source);
    }
    Optional<Condition> agent =
        ic.getStatus() == null ? Optional.empty() : ic.getStatus().condition(AGENT_ENABLED);
    if (agent.isEmpty()) {
      return WorkloadRow.of(
          key, language, version, AgentState.PENDING, "waiting for the agent decision", source);
    }
    Condition c = agent.get();
    if ("True".equals(c.getStatus())) {
      return WorkloadRow.of(key, language, version, AgentState.INSTRUMENTED, "", source);
    }
    String reason = c.getReason() == null ? "" : c.getReason();
    AgentState state =
        reason.startsWith("Waiting") || "Unknown".equals(c.getStatus())
            ? AgentState.PENDING
            : AgentState.FAILED;
    return WorkloadRow.of(key, language, version, state, StoryBuilder.words(c), source);
  }

  private static String sourceText(Source s, boolean namespaceWide, boolean off) {
    return (namespaceWide ? "namespace Source " : "Source ")
        + s.getMetadata().getName()
        + (off ? " (opt-out)" : "");
  }

  private static String join(List<String> values) {
    Set<String> distinct = new LinkedHashSet<>();
    values.stream().filter(v -> !v.isBlank()).forEach(distinct::add);
    return String.join(", ", distinct);
  }
}
