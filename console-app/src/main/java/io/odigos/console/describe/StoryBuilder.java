package io.odigos.console.describe;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.odigos.console.describe.WorkloadStory.ConditionLine;
import io.odigos.console.describe.WorkloadStory.EnvLine;
import io.odigos.console.describe.WorkloadStory.EventLine;
import io.odigos.console.describe.WorkloadStory.InstanceLine;
import io.odigos.console.describe.WorkloadStory.PodLine;
import io.odigos.console.describe.WorkloadStory.SourceLine;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationInstance;
import io.odigos.model.v1alpha1.Source;
import io.odigos.operator.instrumentor.inject.PodInjector;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Builds a {@link WorkloadStory} from the objects read from the cluster. Pure. */
public final class StoryBuilder {
  /** The label the odiglet puts on an InstrumentationInstance: its workload's IC name. */
  public static final String INSTANCE_WORKLOAD_LABEL = "odigos.io/instrumented-app";

  static final int MAX_EVENTS = 50;

  private StoryBuilder() {}

  /**
   * @param template the workload's pod template, null if the workload was not found
   * @param sources the Sources of the workload's namespace
   * @param ic its InstrumentationConfig, or null
   * @param pods the workload's pods (see {@link WorkloadPods})
   * @param events the events of the namespace
   * @param instances the InstrumentationInstances of the namespace
   */
  public static WorkloadStory build(
      WorkloadKey key,
      PodTemplateSpec template,
      List<Source> sources,
      InstrumentationConfig ic,
      List<Pod> pods,
      List<Event> events,
      List<InstrumentationInstance> instances) {
    List<Source> applying = sources.stream().filter(s -> appliesTo(s, key)).toList();
    List<Pod> sortedPods =
        pods.stream().sorted(Comparator.comparing(StoryBuilder::created).reversed()).toList();
    Set<String> podNames = new HashSet<>();
    sortedPods.forEach(p -> podNames.add(p.getMetadata().getName()));
    Pod envPod =
        sortedPods.stream()
            .filter(StoryBuilder::carriesAgent)
            .findFirst()
            .orElse(sortedPods.isEmpty() ? null : sortedPods.getFirst());
    return new WorkloadStory(
        key,
        template != null,
        applying.stream().map(s -> sourceLine(s)).toList(),
        conditions(ic),
        sortedPods.stream().map(StoryBuilder::podLine).toList(),
        envPod == null ? "" : envPod.getMetadata().getName(),
        env(template, envPod),
        events(key, applying, podNames, events),
        instances(key, podNames, instances));
  }

  /** Whether the Source names this workload or its whole namespace. */
  public static boolean appliesTo(Source s, WorkloadKey key) {
    if (s.getSpec() == null || s.getSpec().getWorkload() == null) {
      return false;
    }
    var w = s.getSpec().getWorkload();
    if (!key.namespace().equals(s.getMetadata().getNamespace())) {
      return false;
    }
    if ("Namespace".equals(w.getKind())) {
      return key.namespace().equals(w.getName());
    }
    if (!key.kind().equalsIgnoreCase(String.valueOf(w.getKind())) || w.getName() == null) {
      return false;
    }
    if (Boolean.TRUE.equals(s.getSpec().getUseRegex())) {
      try {
        return Pattern.compile(w.getName()).matcher(key.name()).matches();
      } catch (PatternSyntaxException e) {
        return false;
      }
    }
    return key.name().equals(w.getName());
  }

  private static SourceLine sourceLine(Source s) {
    boolean ns = "Namespace".equals(s.getSpec().getWorkload().getKind());
    String effect = s.getSpec().disablesInstrumentation() ? "opts out" : "instruments";
    String applied =
        s.getStatus() == null
            ? ""
            : s.getStatus()
                .condition("Applied")
                .map(c -> c.getStatus() + ": " + words(c))
                .orElse("");
    return new SourceLine(
        s.getMetadata().getName(), ns ? "namespace" : "workload", effect, applied);
  }

  private static List<ConditionLine> conditions(InstrumentationConfig ic) {
    if (ic == null || ic.getStatus() == null) {
      return List.of();
    }
    return ic.getStatus().getConditions().stream()
        .map(
            c ->
                new ConditionLine(
                    c.getType(),
                    c.getStatus(),
                    Objects.requireNonNullElse(c.getReason(), ""),
                    Objects.requireNonNullElse(c.getMessage(), ""),
                    time(c.getLastTransitionTime())))
        .toList();
  }

  /** A condition in words: its message, else its reason split into words. */
  public static String words(Condition c) {
    if (c.getMessage() != null && !c.getMessage().isBlank()) {
      return c.getMessage();
    }
    return splitCamel(c.getReason());
  }

  /** {@code WaitingForNodeCollector} → {@code waiting for node collector}. */
  public static String splitCamel(String reason) {
    if (reason == null || reason.isBlank()) {
      return "";
    }
    return reason.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether the webhook gave the pod an agent. */
  public static boolean carriesAgent(Pod p) {
    Map<String, String> a = p.getMetadata().getAnnotations();
    return a != null && a.containsKey(PodInjector.AGENTS_META_HASH_ANNOTATION);
  }

  private static PodLine podLine(Pod p) {
    Map<String, String> a = p.getMetadata().getAnnotations();
    return new PodLine(
        p.getMetadata().getName(),
        p.getStatus() == null || p.getStatus().getPhase() == null
            ? "Pending"
            : p.getStatus().getPhase(),
        p.getSpec() == null || p.getSpec().getNodeName() == null ? "" : p.getSpec().getNodeName(),
        carriesAgent(p),
        a == null
            ? ""
            : Objects.requireNonNullElse(a.get(PodInjector.AGENTS_META_HASH_ANNOTATION), ""));
  }

  private static List<EnvLine> env(PodTemplateSpec template, Pod pod) {
    List<Container> templateContainers =
        template == null || template.getSpec() == null
            ? List.of()
            : template.getSpec().getContainers();
    List<Container> shown =
        pod == null || pod.getSpec() == null ? templateContainers : pod.getSpec().getContainers();
    List<EnvLine> lines = new ArrayList<>();
    for (Container c : shown) {
      List<EnvVar> declared =
          templateContainers.stream()
              .filter(t -> t.getName().equals(c.getName()))
              .findFirst()
              .map(t -> t.getEnv() == null ? List.<EnvVar>of() : t.getEnv())
              .orElse(List.of());
      if (c.getEnv() == null) {
        continue;
      }
      for (EnvVar v : c.getEnv()) {
        boolean injected = pod != null && !declared.contains(v);
        lines.add(new EnvLine(c.getName(), v.getName(), EnvMasking.display(v), injected));
      }
    }
    return lines;
  }

  private static List<EventLine> events(
      WorkloadKey key, List<Source> sources, Set<String> podNames, List<Event> events) {
    Set<String> names = new HashSet<>(podNames);
    names.add(key.name());
    names.add(key.instrumentationConfigName());
    sources.forEach(s -> names.add(s.getMetadata().getName()));
    return events.stream()
        .filter(e -> e.getInvolvedObject() != null)
        .filter(e -> key.namespace().equals(e.getInvolvedObject().getNamespace()))
        .filter(e -> names.contains(e.getInvolvedObject().getName()))
        .map(
            e ->
                new EventLine(
                    eventTime(e),
                    Objects.requireNonNullElse(e.getType(), "Normal"),
                    e.getInvolvedObject().getKind() + "/" + e.getInvolvedObject().getName(),
                    Objects.requireNonNullElse(e.getReason(), ""),
                    Objects.requireNonNullElse(e.getMessage(), "").strip(),
                    e.getCount() == null ? 1 : e.getCount()))
        .sorted(Comparator.comparing(EventLine::time).reversed())
        .limit(MAX_EVENTS)
        .toList();
  }

  private static List<InstanceLine> instances(
      WorkloadKey key, Set<String> podNames, List<InstrumentationInstance> instances) {
    List<InstanceLine> lines = new ArrayList<>();
    for (InstrumentationInstance i : instances) {
      String pod = ownerPod(i);
      Map<String, String> labels = i.getMetadata().getLabels();
      boolean ours =
          (pod != null && podNames.contains(pod))
              || (labels != null
                  && key.instrumentationConfigName().equals(labels.get(INSTANCE_WORKLOAD_LABEL)));
      if (!ours) {
        continue;
      }
      var st = i.getStatus();
      String health =
          st == null || st.getHealthy() == null
              ? "unknown"
              : st.getHealthy() ? "healthy" : "unhealthy";
      lines.add(
          new InstanceLine(
              pod == null ? "" : pod,
              i.getSpec() == null
                  ? ""
                  : Objects.requireNonNullElse(i.getSpec().getContainerName(), ""),
              health,
              st == null ? "" : Objects.requireNonNullElse(st.getReason(), ""),
              st == null ? "" : Objects.requireNonNullElse(st.getMessage(), "")));
    }
    lines.sort(Comparator.comparing(InstanceLine::pod).thenComparing(InstanceLine::container));
    return lines;
  }

  private static String ownerPod(InstrumentationInstance i) {
    List<OwnerReference> owners = i.getMetadata().getOwnerReferences();
    return owners == null
        ? null
        : owners.stream()
            .filter(o -> "Pod".equals(o.getKind()))
            .map(OwnerReference::getName)
            .findFirst()
            .orElse(null);
  }

  private static Instant created(Pod p) {
    return time(p.getMetadata().getCreationTimestamp());
  }

  private static Instant eventTime(Event e) {
    if (e.getLastTimestamp() != null) {
      return time(e.getLastTimestamp());
    }
    if (e.getEventTime() != null && e.getEventTime().getTime() != null) {
      return time(e.getEventTime().getTime());
    }
    return time(e.getMetadata().getCreationTimestamp());
  }

  static Instant time(String s) {
    if (s == null || s.isBlank()) {
      return Instant.EPOCH;
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }
}
