package io.odigos.operator.scheduler.reconciler;

import static io.odigos.operator.scheduler.desired.EffectiveConfigMap.EFFECTIVE_CONFIG_MAP;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.operator.scheduler.SchedulerConfig;
import io.odigos.operator.scheduler.config.ConfigYaml;
import io.odigos.operator.scheduler.config.EffectiveConfigCalculator;
import io.odigos.operator.scheduler.config.InvalidConfigurationException;
import io.odigos.operator.scheduler.config.OdigosConfiguration;
import io.odigos.operator.scheduler.desired.ClusterFacts;
import io.odigos.operator.scheduler.desired.CollectorsGroupsPlanner;
import io.odigos.operator.scheduler.desired.DesiredGroup;
import io.odigos.operator.scheduler.desired.DesiredGroups;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the gateway and node collector CollectorsGroups as {@link CollectorsGroupsPlanner} wants
 * them, sized from {@code effective-config}. Reacts to Destinations, to InstrumentationConfigs
 * appearing or going in any namespace, to the groups themselves (the autoscaler marks them ready)
 * and to the effective config. Waits while there is no effective config yet.
 */
@ControllerConfiguration(name = "collectors-groups", generationAwareEventProcessing = false)
public final class CollectorsGroupsReconciler implements Reconciler<Namespace> {
  private static final Logger log = LoggerFactory.getLogger(CollectorsGroupsReconciler.class);

  private final String namespace;
  private final EffectiveConfigCalculator calculator;
  private final CollectorsGroupWriter writer;
  private final AtomicReference<String> lastProblem = new AtomicReference<>();

  public CollectorsGroupsReconciler(SchedulerConfig config) {
    this.namespace = config.odigosNamespace();
    this.calculator = new EffectiveConfigCalculator(namespace);
    this.writer = new CollectorsGroupWriter(namespace);
  }

  @Override
  public List<EventSource<?, Namespace>> prepareEventSources(EventSourceContext<Namespace> ctx) {
    return List.of(
        OdigosNamespaceTrigger.build(
            OdigosNamespaceTrigger.inOdigosNamespace(ConfigMap.class, namespace)
                .withGenericFilter(cm -> EFFECTIVE_CONFIG_MAP.equals(cm.getMetadata().getName())),
            ctx),
        OdigosNamespaceTrigger.build(
            OdigosNamespaceTrigger.inOdigosNamespace(Destination.class, namespace), ctx),
        OdigosNamespaceTrigger.build(
            OdigosNamespaceTrigger.inOdigosNamespace(CollectorsGroup.class, namespace), ctx),
        // only whether a workload is instrumented matters, not how: updates are ignored
        OdigosNamespaceTrigger.build(
            OdigosNamespaceTrigger.inAllNamespaces(InstrumentationConfig.class, namespace)
                .withOnUpdateFilter((updated, previous) -> false),
            ctx));
  }

  @Override
  public UpdateControl<Namespace> reconcile(Namespace primary, Context<Namespace> context) {
    Optional<OdigosConfiguration> config = effectiveConfig(context);
    if (config.isEmpty()) {
      return UpdateControl.noUpdate();
    }
    Map<String, CollectorsGroup> groups =
        context
            .getSecondaryResourcesAsStream(CollectorsGroup.class)
            .collect(Collectors.toMap(g -> g.getMetadata().getName(), Function.identity()));
    ClusterFacts facts =
        ClusterFacts.of(
            context.getSecondaryResources(Destination.class),
            context.getSecondaryResources(InstrumentationConfig.class),
            Optional.ofNullable(groups.get(CollectorsGroupsPlanner.GATEWAY)),
            config.get().ignoredNamespaces());
    DesiredGroups plan = CollectorsGroupsPlanner.plan(facts, config.get());
    for (DesiredGroup group : plan.inApplyOrder()) {
      writer.sync(context.getClient(), group, groups.get(group.name()));
    }
    return UpdateControl.noUpdate();
  }

  /**
   * The effective configuration, re-resolved so that a hand-edited or older effective config still
   * gives complete sizes; empty while it is missing or unusable (the effective-config reconciler
   * rewrites it, which triggers this one again).
   */
  private Optional<OdigosConfiguration> effectiveConfig(Context<Namespace> context) {
    Optional<ConfigMap> cm =
        context
            .getSecondaryResourcesAsStream(ConfigMap.class)
            .filter(c -> EFFECTIVE_CONFIG_MAP.equals(c.getMetadata().getName()))
            .findFirst();
    if (cm.isEmpty()) {
      log.debug("waiting for {}", EFFECTIVE_CONFIG_MAP);
      return Optional.empty();
    }
    String yaml = cm.get().getData() == null ? null : cm.get().getData().get(ConfigYaml.KEY);
    try {
      OdigosConfiguration resolved = calculator.compute(ConfigYaml.parse(yaml).configuration());
      lastProblem.set(null);
      return Optional.of(resolved);
    } catch (InvalidConfigurationException e) {
      if (!Objects.equals(lastProblem.getAndSet(e.getMessage()), e.getMessage())) {
        log.warn(
            "{} is unusable, CollectorsGroups left as they are: {}",
            EFFECTIVE_CONFIG_MAP,
            e.getMessage());
      }
      return Optional.empty();
    }
  }
}
