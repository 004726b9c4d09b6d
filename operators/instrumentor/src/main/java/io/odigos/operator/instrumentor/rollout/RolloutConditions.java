package io.odigos.operator.instrumentor.rollout;

import io.odigos.operator.instrumentor.workload.WorkloadKind;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import io.odigos.operator.support.Conditions.Desired;
import java.time.Duration;

/**
 * The conditions this package sets on an InstrumentationConfig, with upstream Odigos reason names
 * for {@code WorkloadRollout} (so upstream tools read them), and the messages a user sees.
 */
public final class RolloutConditions {
  public static final String WORKLOAD_ROLLOUT = "WorkloadRollout";

  /** Set once, when crash-looping pods made Odigos take the agents away. */
  public static final String ROLLBACK_OCCURRED = "RollbackOccurred";

  public static final String TRIGGERED = "RolloutTriggeredSuccessfully";
  public static final String WAITING_FOR_RESTART = "WaitingForRestart";
  public static final String DISABLED = "Disabled";
  public static final String WAITING_IN_QUEUE = "WaitingInQueue";
  public static final String FAILED_TO_PATCH = "FailedToPatch";

  private RolloutConditions() {}

  /** {@code Deployment/checkout}: how messages name a workload (its namespace is the IC's). */
  public static String display(WorkloadRef workload) {
    return workload.kind().kind() + "/" + workload.name();
  }

  /** The template was patched; {@code hash} empty means rolled to pods without agents. */
  public static Desired triggered(WorkloadRef workload, String hash, boolean afterRollback) {
    String name = display(workload);
    if (workload.kind() == WorkloadKind.CRON_JOB) {
      return Desired.isTrue(
          WORKLOAD_ROLLOUT,
          WAITING_FOR_RESTART,
          hash.isEmpty()
              ? name + " starts its next jobs without agents; running jobs keep theirs"
              : name + " starts its next jobs with agents " + hash + "; running jobs keep theirs");
    }
    String message =
        hash.isEmpty()
            ? name
                + " restarts its pods without agents"
                + (afterRollback ? " (rolled back after CrashLoopBackOff)" : "")
            : name + " restarts its pods with agents " + hash;
    return Desired.isTrue(WORKLOAD_ROLLOUT, TRIGGERED, message);
  }

  public static Desired disabled(String hash) {
    return Desired.isFalse(
        WORKLOAD_ROLLOUT,
        DISABLED,
        "automatic rollout is disabled (rollout.automaticRolloutDisabled); pods get agents "
            + (hash.isEmpty() ? "removed" : hash)
            + " when they restart");
  }

  public static Desired waitingInQueue(int limit) {
    return Desired.isFalse(
        WORKLOAD_ROLLOUT,
        WAITING_IN_QUEUE,
        "waiting for one of "
            + limit
            + " rollout slots (rollout.maxConcurrentRollouts): other workloads are rolling out");
  }

  public static Desired failedToPatch(String problem) {
    return Desired.isFalse(WORKLOAD_ROLLOUT, FAILED_TO_PATCH, problem);
  }

  public static Desired rollback(CrashLoops.Crash crash, Duration sinceAgentsChanged) {
    return Desired.isTrue(
        ROLLBACK_OCCURRED,
        CrashLoops.CRASH_LOOP_BACK_OFF,
        "container "
            + crash.container()
            + " of pod "
            + crash.pod()
            + " entered CrashLoopBackOff "
            + sinceAgentsChanged.toSeconds()
            + "s after its agents changed; agents are disabled and the workload rolls back to"
            + " pods without them");
  }
}
