package io.odigos.operator.instrumentor.rollout;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatus;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;

/**
 * Whether a workload is still replacing its pods, read from its status the way {@code kubectl
 * rollout status} does. A workload whose controller has not yet observed its latest generation is
 * rolling. Not rolling, because nothing will progress by itself: CronJobs (a template change only
 * affects the next jobs), StatefulSets and DaemonSets with the {@code OnDelete} strategy (their
 * pods change only when someone deletes them), paused Deployments and Deployments past their
 * progress deadline. So a stuck workload never holds a rollout slot for good.
 */
public final class WorkloadProgress {
  static final String PROGRESS_DEADLINE_EXCEEDED = "ProgressDeadlineExceeded";

  private WorkloadProgress() {}

  public static boolean isRolling(HasMetadata workload) {
    return switch (workload) {
      case Deployment d -> deploymentRolling(d);
      case StatefulSet s -> statefulSetRolling(s);
      case DaemonSet d -> daemonSetRolling(d);
      default -> false;
    };
  }

  private static boolean deploymentRolling(Deployment d) {
    if (d.getSpec() != null && Boolean.TRUE.equals(d.getSpec().getPaused())) {
      return false; // it won't progress until someone resumes it
    }
    DeploymentStatus status = d.getStatus();
    if (status == null || notObserved(d, status.getObservedGeneration())) {
      return true;
    }
    if (status.getConditions() != null
        && status.getConditions().stream()
            .anyMatch(
                c ->
                    "Progressing".equals(c.getType())
                        && PROGRESS_DEADLINE_EXCEEDED.equals(c.getReason()))) {
      return false; // the controller gave up on this rollout
    }
    int wanted =
        d.getSpec() == null || d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
    int updated = orZero(status.getUpdatedReplicas());
    return updated < wanted
        || orZero(status.getReplicas()) > updated
        || orZero(status.getAvailableReplicas()) < updated;
  }

  private static boolean statefulSetRolling(StatefulSet s) {
    var strategy = s.getSpec() == null ? null : s.getSpec().getUpdateStrategy();
    if (strategy != null && "OnDelete".equals(strategy.getType())) {
      return false;
    }
    StatefulSetStatus status = s.getStatus();
    if (status == null || notObserved(s, status.getObservedGeneration())) {
      return true;
    }
    int wanted = s.getSpec().getReplicas() == null ? 1 : s.getSpec().getReplicas();
    int partition =
        strategy == null
                || strategy.getRollingUpdate() == null
                || strategy.getRollingUpdate().getPartition() == null
            ? 0
            : strategy.getRollingUpdate().getPartition();
    return orZero(status.getUpdatedReplicas()) < wanted - partition
        || orZero(status.getReadyReplicas()) < wanted;
  }

  private static boolean daemonSetRolling(DaemonSet d) {
    var strategy = d.getSpec() == null ? null : d.getSpec().getUpdateStrategy();
    if (strategy != null && "OnDelete".equals(strategy.getType())) {
      return false;
    }
    DaemonSetStatus status = d.getStatus();
    if (status == null || notObserved(d, status.getObservedGeneration())) {
      return true;
    }
    int desired = orZero(status.getDesiredNumberScheduled());
    return orZero(status.getUpdatedNumberScheduled()) < desired
        || orZero(status.getNumberAvailable()) < desired;
  }

  private static boolean notObserved(HasMetadata workload, Long observedGeneration) {
    Long generation = workload.getMetadata().getGeneration();
    return observedGeneration == null || (generation != null && observedGeneration < generation);
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
