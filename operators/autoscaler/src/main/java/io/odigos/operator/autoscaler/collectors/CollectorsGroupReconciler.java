package io.odigos.operator.autoscaler.collectors;

import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.CollectorsGroupRole;
import io.odigos.model.v1alpha1.CollectorsGroupStatus;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.operator.autoscaler.AutoscalerConfig;
import io.odigos.operator.autoscaler.collectors.dependent.ConfigMapDependent;
import io.odigos.operator.autoscaler.collectors.dependent.GatewayDeploymentDependent;
import io.odigos.operator.autoscaler.collectors.dependent.GatewayHpaDependent;
import io.odigos.operator.autoscaler.collectors.dependent.GatewayServiceDependent;
import io.odigos.operator.autoscaler.collectors.dependent.NodeDaemonSetDependent;
import io.odigos.operator.autoscaler.collectors.dependent.Plans;
import io.odigos.operator.autoscaler.collectors.dependent.Roles;
import io.odigos.operator.autoscaler.collectors.desired.GroupPlan;
import io.odigos.operator.support.Conditions;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the collectors of one CollectorsGroup: plans them from the pipeline inputs, lets the
 * dependents apply the ConfigMap and the Deployment/Service/HPA or DaemonSet, then reports whether
 * they are ready and which signals the group receives.
 */
@ControllerConfiguration(name = "collectorsgroups")
@Workflow(
    explicitInvocation = true,
    dependents = {
      @Dependent(name = "config", type = ConfigMapDependent.class),
      @Dependent(
          name = "gateway-deployment",
          type = GatewayDeploymentDependent.class,
          reconcilePrecondition = Roles.IsGateway.class,
          dependsOn = "config"),
      @Dependent(
          name = "gateway-service",
          type = GatewayServiceDependent.class,
          reconcilePrecondition = Roles.IsGateway.class),
      @Dependent(
          name = "gateway-hpa",
          type = GatewayHpaDependent.class,
          reconcilePrecondition = Roles.IsGateway.class,
          dependsOn = "gateway-deployment"),
      @Dependent(
          name = "node-daemonset",
          type = NodeDaemonSetDependent.class,
          reconcilePrecondition = Roles.IsNodeCollector.class,
          dependsOn = "config")
    })
public class CollectorsGroupReconciler implements Reconciler<CollectorsGroup> {

  private static final Logger LOG = LoggerFactory.getLogger(CollectorsGroupReconciler.class);

  private final AutoscalerConfig config;
  private final GroupPlanner planner;
  private final Clock clock;

  public CollectorsGroupReconciler(AutoscalerConfig config, GroupPlanner planner, Clock clock) {
    this.config = config;
    this.planner = planner;
    this.clock = clock;
  }

  @Override
  public List<EventSource<?, CollectorsGroup>> prepareEventSources(
      EventSourceContext<CollectorsGroup> context) {
    return PipelineEventSources.create(context, config.odigosNamespace());
  }

  @Override
  public UpdateControl<CollectorsGroup> reconcile(
      CollectorsGroup group, Context<CollectorsGroup> context) {
    GroupPlan plan = planner.plan(group, PipelineEventSources.snapshot(context), config);
    Plans.put(context, plan);
    context.managedWorkflowAndDependentResourceContext().reconcileManagedWorkflow();

    boolean ready = ready(group, context);
    CollectorsGroupStatus status =
        group.getStatus() == null ? new CollectorsGroupStatus() : group.getStatus();
    List<ObservabilitySignal> signals = plan.receiverSignals().stream().sorted().toList();
    Conditions.Desired condition =
        ready
            ? Conditions.Desired.isTrue("CollectorsReady", "Available", readyMessage(group))
            : Conditions.Desired.isFalse(
                "CollectorsReady", "WaitingForPods", "waiting for the collector pods to be ready");
    boolean changed =
        !Objects.equals(status.getReady(), ready)
            || !Objects.equals(status.getReceiverSignals(), signals)
            || !Objects.equals(status.getObservedGeneration(), group.getMetadata().getGeneration());
    var conditions =
        Conditions.set(
            status.getConditions(),
            condition,
            group.getMetadata().getGeneration(),
            clock.instant());
    changed |= !Conditions.same(status.getConditions(), conditions);
    if (!changed) {
      return UpdateControl.noUpdate();
    }
    if (!Objects.equals(status.getReady(), ready)) {
      LOG.info("collectors of {} {}", group.getMetadata().getName(), ready ? "ready" : "not ready");
    }
    status.setReady(ready);
    status.setReceiverSignals(signals);
    status.setConditions(conditions);
    status.setObservedGeneration(group.getMetadata().getGeneration());
    CollectorsGroup patch = new CollectorsGroup();
    patch.setMetadata(
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
            .withName(group.getMetadata().getName())
            .withNamespace(group.getMetadata().getNamespace())
            .build());
    patch.setStatus(status);
    return UpdateControl.patchStatus(patch);
  }

  private static boolean ready(CollectorsGroup group, Context<CollectorsGroup> context) {
    if (group.getSpec() != null
        && group.getSpec().getRole() == CollectorsGroupRole.NODE_COLLECTOR) {
      return context
          .getSecondaryResource(DaemonSet.class)
          .map(d -> d.getStatus() != null && orZero(d.getStatus().getNumberReady()) > 0)
          .orElse(false);
    }
    return context
        .getSecondaryResource(Deployment.class)
        .map(d -> d.getStatus() != null && orZero(d.getStatus().getAvailableReplicas()) > 0)
        .orElse(false);
  }

  private static String readyMessage(CollectorsGroup group) {
    return group.getSpec() != null
            && group.getSpec().getRole() == CollectorsGroupRole.NODE_COLLECTOR
        ? "node collectors are running"
        : "at least one gateway replica is available";
  }

  private static int orZero(Integer i) {
    return i == null ? 0 : i;
  }
}
