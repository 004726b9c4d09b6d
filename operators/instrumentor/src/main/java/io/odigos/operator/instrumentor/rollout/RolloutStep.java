package io.odigos.operator.instrumentor.rollout;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.operator.instrumentor.rollout.StatusWriter.Change;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One rollout decision carried out: wait while automatic rollouts are disabled or no slot is free,
 * otherwise patch the pod template to the wanted agents hash and record it in the status.
 */
final class RolloutStep {
  private static final Logger log = LoggerFactory.getLogger(RolloutStep.class);
  private static final Duration QUEUE_RECHECK = Duration.ofSeconds(10);
  private static final Duration PATCH_RETRY = Duration.ofSeconds(30);

  private final RolloutSlots slots;

  RolloutStep(RolloutSlots slots) {
    this.slots = slots;
  }

  UpdateControl<InstrumentationConfig> apply(
      InstrumentationConfig ic,
      Context<InstrumentationConfig> context,
      WorkloadRef workload,
      HasMetadata current,
      RolloutSettings rollout,
      Instant now) {
    String hash = RolloutPolicy.wantedHash(ic);
    switch (RolloutPolicy.next(ic, rollout)) {
      case UP_TO_DATE -> {
        slots.leaveQueue(workload);
        return UpdateControl.noUpdate();
      }
      case DISABLED -> {
        slots.forget(workload);
        var disabled = RolloutConditions.disabled(hash);
        if (StatusWriter.write(context, ic, Change.conditions(disabled), now)) {
          log.info("{}", disabled.message());
        }
        return UpdateControl.noUpdate();
      }
      case ROLL -> {}
    }
    if (RolloutPolicy.needsSlot(workload.kind(), ic)
        && !slots.tryAcquire(
            workload,
            rollout.maxConcurrentRollouts(),
            RolloutEventSources.rollingWorkloads(context),
            r -> RolloutEventSources.cachedGeneration(context, r))) {
      var waiting = RolloutConditions.waitingInQueue(rollout.maxConcurrentRollouts());
      if (StatusWriter.write(context, ic, Change.conditions(waiting), now)) {
        log.info("{}", waiting.message());
      }
      return UpdateControl.<InstrumentationConfig>noUpdate().rescheduleAfter(QUEUE_RECHECK);
    }
    if (TemplateAnnotation.on(current).orElse("").equals(hash)) {
      slots.forget(workload); // nothing to patch: the cache alone says whether it still rolls
    } else {
      boolean patched = false;
      try {
        OptionalLong generation = WorkloadPatcher.patch(context.getClient(), workload, hash);
        if (generation.isEmpty()) {
          return UpdateControl.noUpdate(); // the workload is gone
        }
        slots.patched(workload, generation.getAsLong());
        patched = true;
      } catch (KubernetesClientException e) {
        var failed = RolloutConditions.failedToPatch(problem(e));
        if (StatusWriter.write(context, ic, Change.conditions(failed), now)) {
          log.warn(
              "{} could not be patched: {}", RolloutConditions.display(workload), failed.message());
        }
        return UpdateControl.<InstrumentationConfig>noUpdate().rescheduleAfter(PATCH_RETRY);
      } finally {
        if (!patched) {
          slots.forget(workload);
        }
      }
    }
    var triggered = RolloutConditions.triggered(workload, hash, RolloutPolicy.rollbackOccurred(ic));
    var change = new Change(hash, hash.isEmpty() ? null : now, null, List.of(triggered));
    if (StatusWriter.write(context, ic, change, now)) {
      log.info("{}", triggered.message());
    }
    return UpdateControl.noUpdate();
  }

  private static String problem(KubernetesClientException e) {
    return e.getStatus() != null && e.getStatus().getMessage() != null
        ? e.getStatus().getMessage()
        : "the workload could not be patched (HTTP " + e.getCode() + ")";
  }
}
