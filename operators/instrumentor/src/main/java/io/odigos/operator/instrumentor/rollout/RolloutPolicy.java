package io.odigos.operator.instrumentor.rollout;

import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigSpec;
import io.odigos.model.v1alpha1.InstrumentationConfigStatus;
import io.odigos.operator.instrumentor.workload.WorkloadKind;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * The rollout and rollback decisions, as pure functions of an InstrumentationConfig, the settings
 * and what the caches show.
 */
public final class RolloutPolicy {
  private RolloutPolicy() {}

  /** What the rollout reconciler should do with a workload. */
  public enum Step {
    /** The workload's template already carries the config's agents hash. */
    UP_TO_DATE,
    /** A rollout is due but automatic rollouts are disabled. */
    DISABLED,
    /** Patch the template (once a rollout slot is free, if it needs one). */
    ROLL
  }

  /** The spec's agents hash; empty (never null) when the workload should run without agents. */
  public static String wantedHash(InstrumentationConfig ic) {
    InstrumentationConfigSpec spec = ic.getSpec();
    return spec == null || spec.getAgentsMetaHash() == null ? "" : spec.getAgentsMetaHash();
  }

  /** The hash of the last rollout; empty when there was none. */
  public static String rolledHash(InstrumentationConfig ic) {
    InstrumentationConfigStatus status = ic.getStatus();
    return status == null || status.getWorkloadRolloutHash() == null
        ? ""
        : status.getWorkloadRolloutHash();
  }

  public static boolean rollbackOccurred(InstrumentationConfig ic) {
    return ic.getStatus() != null && Boolean.TRUE.equals(ic.getStatus().getRollbackOccurred());
  }

  /** True when the spec's agents hash differs from the one last rolled out. */
  public static boolean rolloutNeeded(InstrumentationConfig ic) {
    return !wantedHash(ic).equals(rolledHash(ic));
  }

  /**
   * The next step. A rollout that follows a rollback takes crash-looping pods away, so it happens
   * even when automatic rollouts are disabled (rollback has its own switch, {@code
   * rollbackDisabled}).
   */
  public static Step next(InstrumentationConfig ic, RolloutSettings settings) {
    if (!rolloutNeeded(ic)) {
      return Step.UP_TO_DATE;
    }
    if (settings.automaticRolloutDisabled() && !rollbackOccurred(ic)) {
      return Step.DISABLED;
    }
    return Step.ROLL;
  }

  /**
   * Whether the rollout must wait for a slot: CronJobs don't restart anything, and rolling back a
   * crash-looping workload must not queue behind healthy ones.
   */
  public static boolean needsSlot(WorkloadKind kind, InstrumentationConfig ic) {
    return kind != WorkloadKind.CRON_JOB && !rollbackOccurred(ic);
  }

  /**
   * True when {@code self} may roll: it is already rolling (it holds its slot), there is no limit
   * ({@code limit <= 0}), or fewer than {@code limit} workloads are rolling.
   */
  public static boolean slotAvailable(WorkloadRef self, Set<WorkloadRef> inFlight, int limit) {
    return limit <= 0 || inFlight.contains(self) || inFlight.size() < limit;
  }

  /** Whether crash-looping pods of this workload should be checked at all. */
  public static boolean watchesForCrashes(InstrumentationConfig ic, RolloutSettings settings) {
    return !settings.rollbackDisabled() && !rollbackOccurred(ic) && !wantedHash(ic).isEmpty();
  }

  /**
   * Where the rollback grace window starts: the later of when the agents hash last changed and when
   * the workload was last rolled; null when neither is known.
   */
  public static Instant graceWindowStart(InstrumentationConfig ic) {
    OffsetDateTime changed =
        ic.getSpec() == null ? null : ic.getSpec().getAgentsMetaHashChangedTime();
    OffsetDateTime rolled = ic.getStatus() == null ? null : ic.getStatus().getInstrumentationTime();
    Instant a = changed == null ? null : changed.toInstant();
    Instant b = rolled == null ? null : rolled.toInstant();
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
