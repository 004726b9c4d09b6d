package io.odigos.operator.instrumentor.rollout;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.operator.instrumentor.rollout.StatusWriter.Change;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rolls each workload when its InstrumentationConfig's agents hash changes (by annotating its pod
 * template), rolls it back to its own template when the InstrumentationConfig goes, and records a
 * rollback when its instrumented pods crash-loop soon after the agents changed. Reconciles on
 * delete events too (no finalizer): the last known InstrumentationConfig says which workload to
 * revert.
 */
@ControllerConfiguration(name = RolloutReconciler.NAME, triggerReconcilerOnAllEvents = true)
final class RolloutReconciler implements Reconciler<InstrumentationConfig> {
  static final String NAME = "instrumentor-rollout";
  private static final Logger log = LoggerFactory.getLogger(RolloutReconciler.class);

  private final String odigosNamespace;
  private final Clock clock;
  private final RolloutSlots slots = new RolloutSlots();
  private final RolloutStep step = new RolloutStep(slots);
  private final SettingsReader settings = new SettingsReader();

  RolloutReconciler(String odigosNamespace, Clock clock) {
    this.odigosNamespace = odigosNamespace;
    this.clock = clock;
  }

  @Override
  public List<EventSource<?, InstrumentationConfig>> prepareEventSources(
      EventSourceContext<InstrumentationConfig> context) {
    return RolloutEventSources.build(context, odigosNamespace, slots);
  }

  @Override
  public UpdateControl<InstrumentationConfig> reconcile(
      InstrumentationConfig ic, Context<InstrumentationConfig> context) {
    Optional<WorkloadRef> ref = RolloutEventSources.workloadOf(ic);
    if (ref.isEmpty()) {
      return UpdateControl.noUpdate();
    }
    WorkloadRef workload = ref.get();
    if (context.isPrimaryResourceDeleted()) {
      slots.forget(workload);
      // patched even when the cache shows no annotation: the cache may not show our last patch
      boolean annotated =
          RolloutEventSources.workload(context, workload)
              .flatMap(TemplateAnnotation::on)
              .isPresent();
      if (WorkloadPatcher.patch(context.getClient(), workload, "").isPresent() && annotated) {
        log.info("{} reverted to its own pod template", RolloutConditions.display(workload));
      }
      return UpdateControl.noUpdate();
    }
    Optional<HasMetadata> current = RolloutEventSources.workload(context, workload);
    if (current.isEmpty()) {
      slots.forget(workload);
      return UpdateControl.noUpdate();
    }
    RolloutSettings rollout = settings.read(RolloutEventSources.effectiveConfigYaml(context));
    Instant now = clock.instant();
    if (RolloutPolicy.watchesForCrashes(ic, rollout)) {
      Instant since = RolloutPolicy.graceWindowStart(ic);
      var crash =
          CrashLoops.blamedOnAgents(
              RolloutEventSources.podsOf(context, workload),
              since,
              rollout.rollbackGraceTime(),
              now);
      if (crash.isPresent()) {
        var condition = RolloutConditions.rollback(crash.get(), Duration.between(since, now));
        if (StatusWriter.write(
            context, ic, new Change(null, null, true, List.of(condition)), now)) {
          log.info("rollback: {}", condition.message());
        }
        return UpdateControl.noUpdate();
      }
    }
    return step.apply(ic, context, workload, current.get(), rollout, now);
  }
}
