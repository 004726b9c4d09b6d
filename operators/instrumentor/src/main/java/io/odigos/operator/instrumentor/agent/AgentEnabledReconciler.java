package io.odigos.operator.instrumentor.agent;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationRule;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each InstrumentationConfig's agent decisions ({@code spec.containers}, {@code
 * agentsMetaHash}, {@code sdkConfigs}) and its {@code MarkedForInstrumentation}, {@code
 * RuntimeDetection} and {@code AgentEnabled} conditions as {@link AgentPlanner} wants them. Only
 * ICs the Source part has marked ({@link Marking}) are decided.
 */
@ControllerConfiguration(name = "instrumentor-agents", generationAwareEventProcessing = false)
public final class AgentEnabledReconciler implements Reconciler<InstrumentationConfig> {
  private static final Logger log = LoggerFactory.getLogger(AgentEnabledReconciler.class);

  private final String odigosNamespace;
  private final Clock clock;
  private final SettingsReader settings;
  private InformerEventSource<CollectorsGroup, InstrumentationConfig> groups;
  private InformerEventSource<Destination, InstrumentationConfig> destinations;
  private InformerEventSource<ConfigMap, InstrumentationConfig> configMaps;
  private InformerEventSource<InstrumentationRule, InstrumentationConfig> rules;

  public AgentEnabledReconciler(String odigosNamespace, Clock clock) {
    this.odigosNamespace = odigosNamespace;
    this.clock = clock;
    this.settings = new SettingsReader(odigosNamespace);
  }

  @Override
  public List<EventSource<?, InstrumentationConfig>> prepareEventSources(
      EventSourceContext<InstrumentationConfig> context) {
    String ns = odigosNamespace;
    groups =
        OdigosNamespaceInformers.create(
            CollectorsGroup.class, ns, PipelineState.NODE_COLLECTORS_GROUP, context);
    destinations = OdigosNamespaceInformers.create(Destination.class, ns, null, context);
    configMaps =
        OdigosNamespaceInformers.create(ConfigMap.class, ns, EffectiveSettings.CONFIG_MAP, context);
    rules = OdigosNamespaceInformers.create(InstrumentationRule.class, ns, null, context);
    return List.of(groups, destinations, configMaps, rules);
  }

  @Override
  public UpdateControl<InstrumentationConfig> reconcile(
      InstrumentationConfig ic, Context<InstrumentationConfig> context) {
    Optional<WorkloadRef> workload =
        WorkloadRef.fromInstrumentationConfig(
            ic.getMetadata().getNamespace(), ic.getMetadata().getName());
    Optional<Marking> marking = Marking.of(ic);
    if (workload.isEmpty()
        || marking.isEmpty()
        || ic.getMetadata().getDeletionTimestamp() != null) {
      return UpdateControl.noUpdate(); // not (yet) marked by the Source part: not ours to decide
    }
    AgentPlanner.Plan plan =
        AgentPlanner.plan(ic, workload.get(), marking.get(), settings(), pipeline(), validRules());
    KubernetesClient client = context.getClient();
    Instant now = clock.instant();
    InstrumentationConfig current =
        InstrumentationConfigWrites.writeAgentSpec(client, ic, plan, now);
    InstrumentationConfig written =
        InstrumentationConfigWrites.setConditions(client, current, plan.conditions(), true, now);
    InstrumentationConfig latest = written == null ? current : written;
    if (latest != ic) {
      // the next reconcile sees this write even before its watch event arrives
      context
          .eventSourceRetriever()
          .getControllerEventSource()
          .handleRecentResourceUpdate(ResourceID.fromResource(latest), latest, ic);
    }
    var before =
        ic.getStatus() == null
            ? Optional.<Condition>empty()
            : ic.getStatus().condition(AgentPlanner.AGENT_ENABLED);
    var after = plan.agentEnabled();
    if (written != null
        && (before.isEmpty()
            || !after.status().equals(before.get().getStatus())
            || !after.reason().equals(before.get().getReason()))) {
      log.info("AgentEnabled {} ({}): {}", after.status(), after.reason(), after.message());
    }
    return UpdateControl.noUpdate();
  }

  private EffectiveSettings settings() {
    return settings.read(
        OdigosNamespaceInformers.one(configMaps, EffectiveSettings.CONFIG_MAP, odigosNamespace));
  }

  private PipelineState pipeline() {
    CollectorsGroup node =
        OdigosNamespaceInformers.one(groups, PipelineState.NODE_COLLECTORS_GROUP, odigosNamespace)
            .orElse(null);
    return PipelineState.of(node, destinations.list(odigosNamespace).toList(), odigosNamespace);
  }

  private List<InstrumentationRule> validRules() {
    return rules
        .list(odigosNamespace)
        .filter(r -> RuleValidator.problems(r).isEmpty())
        .sorted(Comparator.comparing(r -> r.getMetadata().getName()))
        .toList();
  }
}
