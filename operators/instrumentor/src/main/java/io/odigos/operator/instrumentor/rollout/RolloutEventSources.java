package io.odigos.operator.instrumentor.rollout;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.javaoperatorsdk.operator.api.config.informer.FieldSelector;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.operator.instrumentor.workload.PodOwners;
import io.odigos.operator.instrumentor.workload.WorkloadKind;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the rollout reconciler watches besides InstrumentationConfigs, and the lookups it makes in
 * those caches: the four workload kinds (every namespace), instrumented pods (every namespace, kept
 * as summaries), and the {@code effective-config} ConfigMap in the Odigos namespace.
 */
final class RolloutEventSources {
  static final String EFFECTIVE_CONFIG = "effective-config";
  static final String CONFIG_KEY = "config.yaml";

  /** Index of the workloads that carry our annotation and are still replacing pods. */
  private static final String ROLLING = "odigos-rolling";

  /** Index of pods by the workload they belong to. */
  private static final String BY_WORKLOAD = "odigos-workload";

  /** How many waiting workloads a freed slot wakes at most. */
  private static final int WAKE = RolloutSettings.DEFAULT_MAX_CONCURRENT_ROLLOUTS;

  private RolloutEventSources() {}

  static List<EventSource<?, InstrumentationConfig>> build(
      EventSourceContext<InstrumentationConfig> context,
      String odigosNamespace,
      RolloutSlots slots) {
    List<EventSource<?, InstrumentationConfig>> sources = new ArrayList<>();
    for (WorkloadKind kind : WorkloadKind.values()) {
      sources.add(workloads(kind, context, slots));
    }
    sources.add(pods(context));
    sources.add(effectiveConfig(context, odigosNamespace));
    return sources;
  }

  /**
   * Workloads of one kind. An event reaches the workload's own InstrumentationConfig; when one of
   * our rollouts has finished (or the workload is gone), it also wakes the longest waiting ones.
   */
  private static <W extends HasMetadata> InformerEventSource<W, InstrumentationConfig> workloads(
      WorkloadKind kind, EventSourceContext<InstrumentationConfig> context, RolloutSlots slots) {
    @SuppressWarnings("unchecked")
    Class<W> type = (Class<W>) TemplateAnnotation.workloadClass(kind);
    var source =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(type, InstrumentationConfig.class)
                .withName("rollout-" + kind.lowerCase())
                .withWatchAllNamespaces()
                .withFollowControllerNamespacesChanges(false)
                .withSecondaryToPrimaryMapper(
                    (W w) -> {
                      Set<ResourceID> ids = new HashSet<>();
                      ids.add(icId(new WorkloadRef(kind, namespace(w), w.getMetadata().getName())));
                      if (TemplateAnnotation.on(w).isPresent() && !WorkloadProgress.isRolling(w)) {
                        slots.longestWaiting(WAKE).forEach(r -> ids.add(icId(r)));
                      }
                      return ids;
                    })
                .withPrimaryToSecondaryMapper(
                    (InstrumentationConfig ic) ->
                        workloadOf(ic)
                            .filter(r -> r.kind() == kind)
                            .map(r -> Set.of(new ResourceID(r.name(), r.namespace())))
                            .orElse(Set.of()))
                .build(),
            context);
    source.addIndexer(
        ROLLING,
        w ->
            TemplateAnnotation.on(w).isPresent() && WorkloadProgress.isRolling(w)
                ? List.of(ROLLING)
                : List.of());
    return source;
  }

  /** Instrumented pods; only a crash-looping one triggers a reconcile. */
  private static InformerEventSource<Pod, InstrumentationConfig> pods(
      EventSourceContext<InstrumentationConfig> context) {
    var source =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(Pod.class, InstrumentationConfig.class)
                .withName("rollout-pods")
                .withWatchAllNamespaces()
                .withFollowControllerNamespacesChanges(false)
                .withItemStore(new PodSummaryStore())
                .withGenericFilter(CrashLoops::instrumented)
                .withOnAddFilter(p -> CrashLoops.crashLoopingContainer(p).isPresent())
                .withOnUpdateFilter(
                    (updated, previous) -> CrashLoops.crashLoopingContainer(updated).isPresent())
                .withOnDeleteFilter((deleted, unknownState) -> false)
                .withSecondaryToPrimaryMapper(
                    (Pod p) -> PodOwners.workloadOf(p).map(r -> Set.of(icId(r))).orElse(Set.of()))
                .build(),
            context);
    source.addIndexer(
        BY_WORKLOAD, p -> PodOwners.workloadOf(p).map(r -> List.of(key(r))).orElse(List.of()));
    return source;
  }

  /** {@code effective-config}; a change reaches every InstrumentationConfig. */
  private static InformerEventSource<ConfigMap, InstrumentationConfig> effectiveConfig(
      EventSourceContext<InstrumentationConfig> context, String odigosNamespace) {
    return new InformerEventSource<>(
        InformerEventSourceConfiguration.from(ConfigMap.class, InstrumentationConfig.class)
            .withName("rollout-effective-config")
            .withNamespaces(Set.of(odigosNamespace))
            .withFollowControllerNamespacesChanges(false)
            .withFieldSelector(
                new FieldSelector(new FieldSelector.Field("metadata.name", EFFECTIVE_CONFIG)))
            .withSecondaryToPrimaryMapper(
                (ConfigMap cm) ->
                    context
                        .getPrimaryCache()
                        .list()
                        .map(ResourceID::fromResource)
                        .collect(Collectors.toSet()))
            .withPrimaryToSecondaryMapper(
                (InstrumentationConfig ic) ->
                    Set.of(new ResourceID(EFFECTIVE_CONFIG, odigosNamespace)))
            .build(),
        context);
  }

  /** The workload an InstrumentationConfig is for, if its name says so. */
  static Optional<WorkloadRef> workloadOf(InstrumentationConfig ic) {
    return WorkloadRef.fromInstrumentationConfig(
        ic.getMetadata().getNamespace(), ic.getMetadata().getName());
  }

  /** The workload of this kind and name, from the cache. */
  static Optional<HasMetadata> workload(Context<InstrumentationConfig> context, WorkloadRef ref) {
    return context
        .getSecondaryResource(TemplateAnnotation.workloadClass(ref.kind()))
        .map(HasMetadata.class::cast);
  }

  /** Workloads whose template carries our annotation and that are replacing pods. */
  static Set<WorkloadRef> rollingWorkloads(Context<InstrumentationConfig> context) {
    Set<WorkloadRef> rolling = new HashSet<>();
    for (WorkloadKind kind : WorkloadKind.values()) {
      for (HasMetadata w : source(context, kind).byIndex(ROLLING, ROLLING)) {
        rolling.add(new WorkloadRef(kind, namespace(w), w.getMetadata().getName()));
      }
    }
    return rolling;
  }

  /** A workload's generation in the cache, -1 when the cache does not have it. */
  static long cachedGeneration(Context<InstrumentationConfig> context, WorkloadRef ref) {
    return source(context, ref.kind())
        .get(new ResourceID(ref.name(), ref.namespace()))
        .map(w -> w.getMetadata().getGeneration() == null ? 0L : w.getMetadata().getGeneration())
        .orElse(-1L);
  }

  /** The cached pods (summaries) of a workload. */
  static List<Pod> podsOf(Context<InstrumentationConfig> context, WorkloadRef ref) {
    @SuppressWarnings("unchecked")
    var pods =
        (InformerEventSource<Pod, InstrumentationConfig>)
            context.eventSourceRetriever().getEventSourceFor(Pod.class);
    return pods.byIndex(BY_WORKLOAD, key(ref));
  }

  /** The {@code config.yaml} of {@code effective-config}; null while there is none. */
  static String effectiveConfigYaml(Context<InstrumentationConfig> context) {
    return context
        .getSecondaryResource(ConfigMap.class)
        .map(ConfigMap::getData)
        .map((Map<String, String> d) -> d.get(CONFIG_KEY))
        .orElse(null);
  }

  @SuppressWarnings("unchecked")
  private static InformerEventSource<HasMetadata, InstrumentationConfig> source(
      Context<InstrumentationConfig> context, WorkloadKind kind) {
    return (InformerEventSource<HasMetadata, InstrumentationConfig>)
        context
            .eventSourceRetriever()
            .getEventSourceFor(
                TemplateAnnotation.workloadClass(kind), "rollout-" + kind.lowerCase());
  }

  private static ResourceID icId(WorkloadRef ref) {
    return new ResourceID(ref.instrumentationConfigName(), ref.namespace());
  }

  private static String key(WorkloadRef ref) {
    return ref.kind().lowerCase() + "/" + ref.namespace() + "/" + ref.name();
  }

  private static String namespace(HasMetadata resource) {
    return resource.getMetadata().getNamespace();
  }
}
