package io.odigos.operator.instrumentor.source;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.filter.OnUpdateFilter;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.Source;
import io.odigos.operator.instrumentor.agent.EffectiveSettings;
import io.odigos.operator.instrumentor.agent.Marking;
import io.odigos.operator.instrumentor.agent.OdigosNamespaceInformers;
import io.odigos.operator.instrumentor.agent.SettingsReader;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps every namespace's InstrumentationConfigs and Source conditions as {@link
 * InstrumentationPlanner} wants them. The primary is the Namespace: whether a workload is
 * instrumented depends on its own Source, its namespace's Source and the workload's existence
 * together, so any change to a Source, a workload or an IC re-plans its whole namespace from the
 * informer caches.
 */
@ControllerConfiguration(name = "instrumentor-sources", generationAwareEventProcessing = false)
public final class WorkloadSourcesReconciler implements Reconciler<Namespace> {
  private final String odigosNamespace;
  private final Clock clock;
  private final SettingsReader settings;
  private InformerEventSource<ConfigMap, Namespace> configMaps;

  public WorkloadSourcesReconciler(String odigosNamespace, Clock clock) {
    this.odigosNamespace = odigosNamespace;
    this.clock = clock;
    this.settings = new SettingsReader(odigosNamespace);
  }

  @Override
  public List<EventSource<?, Namespace>> prepareEventSources(EventSourceContext<Namespace> ctx) {
    configMaps =
        OdigosNamespaceInformers.create(
            ConfigMap.class, odigosNamespace, EffectiveSettings.CONFIG_MAP, ctx);
    // only a new generation (spec) or a deletion of a Source matters, not its status
    OnUpdateFilter<Source> specOrDeletion =
        (n, o) ->
            !Objects.equals(n.getMetadata().getGeneration(), o.getMetadata().getGeneration())
                || !Objects.equals(
                    n.getMetadata().getDeletionTimestamp(), o.getMetadata().getDeletionTimestamp());
    // a workload matters by its existence only: updates (status, scaling) are ignored
    OnUpdateFilter<HasMetadata> never = (n, o) -> false;
    // of an InstrumentationConfig, only what this reconciler writes: the agent part, the odiglet
    // and the rollout part update the rest all the time
    OnUpdateFilter<InstrumentationConfig> sourceOwned =
        (n, o) -> !sourceOwnedFields(n).equals(sourceOwnedFields(o));
    return List.of(
        byNamespace(Source.class, ctx, specOrDeletion),
        byNamespace(Deployment.class, ctx, never),
        byNamespace(StatefulSet.class, ctx, never),
        byNamespace(DaemonSet.class, ctx, never),
        byNamespace(CronJob.class, ctx, never),
        byNamespace(InstrumentationConfig.class, ctx, sourceOwned),
        configMaps);
  }

  private static <R extends HasMetadata> InformerEventSource<R, Namespace> byNamespace(
      Class<R> type, EventSourceContext<Namespace> ctx, OnUpdateFilter<? super R> onUpdate) {
    var builder =
        InformerEventSourceConfiguration.from(type, Namespace.class)
            .withName(type.getSimpleName().toLowerCase(Locale.ROOT) + "-by-namespace")
            .withWatchAllNamespaces()
            .withFollowControllerNamespacesChanges(false)
            .withSecondaryToPrimaryMapper(
                r -> Set.of(new ResourceID(r.getMetadata().getNamespace())));
    if (onUpdate != null) {
      builder.withOnUpdateFilter(onUpdate);
    }
    return new InformerEventSource<>(builder.build(), ctx);
  }

  private static List<Object> sourceOwnedFields(InstrumentationConfig ic) {
    var spec = ic.getSpec();
    return Arrays.asList(
        ic.getMetadata().getDeletionTimestamp(),
        ic.getMetadata().getOwnerReferences(),
        Marking.of(ic).orElse(null),
        spec == null ? null : spec.getServiceName(),
        spec == null ? null : spec.getAgentInjectionEnabled(),
        spec == null ? null : spec.getContainersOverrides());
  }

  @Override
  public UpdateControl<Namespace> reconcile(Namespace namespace, Context<Namespace> context) {
    if (namespace.getMetadata().getDeletionTimestamp() != null) {
      return UpdateControl.noUpdate(); // nothing can be created in a terminating namespace
    }
    String name = namespace.getMetadata().getName();
    EffectiveSettings effective =
        settings.read(
            OdigosNamespaceInformers.one(
                configMaps, EffectiveSettings.CONFIG_MAP, odigosNamespace));
    List<WorkloadObject> workloads =
        Stream.of(Deployment.class, StatefulSet.class, DaemonSet.class, CronJob.class)
            .flatMap(type -> context.getSecondaryResources(type).stream())
            .filter(w -> w.getMetadata().getDeletionTimestamp() == null)
            .map(WorkloadObject::of)
            .toList();
    var sources = context.getSecondaryResources(Source.class);
    InstrumentationPlanner.Plan plan =
        InstrumentationPlanner.plan(name, sources, workloads, effective.ignoresNamespace(name));
    InstrumentationConfigSync.apply(
        context.getClient(),
        name,
        plan,
        context.getSecondaryResources(InstrumentationConfig.class),
        sources,
        clock.instant());
    return UpdateControl.noUpdate();
  }
}
