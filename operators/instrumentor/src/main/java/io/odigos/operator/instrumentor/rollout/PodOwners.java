package io.odigos.operator.instrumentor.rollout;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.odigos.operator.instrumentor.workload.WorkloadKind;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workload a pod belongs to, from its controller owner reference and the names the workload
 * controllers give: a Deployment's ReplicaSet is {@code <deployment>-<pod-template-hash>}, a
 * CronJob's Job is {@code <cronjob>-<scheduled minute>}. Pure: no lookups of the owners.
 */
public final class PodOwners {
  static final String POD_TEMPLATE_HASH = "pod-template-hash";

  private PodOwners() {}

  public static Optional<WorkloadRef> workloadOf(Pod pod) {
    if (pod.getMetadata() == null || pod.getMetadata().getNamespace() == null) {
      return Optional.empty();
    }
    String namespace = pod.getMetadata().getNamespace();
    return controller(pod.getMetadata().getOwnerReferences())
        .flatMap(owner -> workload(owner, pod.getMetadata().getLabels(), namespace));
  }

  private static Optional<OwnerReference> controller(List<OwnerReference> owners) {
    if (owners == null || owners.isEmpty()) {
      return Optional.empty();
    }
    return owners.stream()
        .filter(o -> Boolean.TRUE.equals(o.getController()))
        .findFirst()
        .or(() -> owners.size() == 1 ? Optional.of(owners.getFirst()) : Optional.empty());
  }

  private static Optional<WorkloadRef> workload(
      OwnerReference owner, Map<String, String> labels, String namespace) {
    String name = owner.getName();
    if (name == null || owner.getKind() == null) {
      return Optional.empty();
    }
    return switch (owner.getKind()) {
      case "ReplicaSet" ->
          deploymentOf(name, labels == null ? null : labels.get(POD_TEMPLATE_HASH))
              .map(d -> new WorkloadRef(WorkloadKind.DEPLOYMENT, namespace, d));
      case "StatefulSet" ->
          Optional.of(new WorkloadRef(WorkloadKind.STATEFUL_SET, namespace, name));
      case "DaemonSet" -> Optional.of(new WorkloadRef(WorkloadKind.DAEMON_SET, namespace, name));
      case "Job" -> cronJobOf(name).map(c -> new WorkloadRef(WorkloadKind.CRON_JOB, namespace, c));
      default -> Optional.empty();
    };
  }

  private static Optional<String> deploymentOf(String replicaSet, String templateHash) {
    if (templateHash != null
        && !templateHash.isEmpty()
        && replicaSet.endsWith("-" + templateHash)
        && replicaSet.length() > templateHash.length() + 1) {
      return Optional.of(replicaSet.substring(0, replicaSet.length() - templateHash.length() - 1));
    }
    int dash = replicaSet.lastIndexOf('-');
    return dash > 0 ? Optional.of(replicaSet.substring(0, dash)) : Optional.empty();
  }

  private static Optional<String> cronJobOf(String job) {
    int dash = job.lastIndexOf('-');
    if (dash <= 0 || dash == job.length() - 1) {
      return Optional.empty();
    }
    String suffix = job.substring(dash + 1);
    return suffix.chars().allMatch(Character::isDigit)
        ? Optional.of(job.substring(0, dash))
        : Optional.empty();
  }
}
