package io.odigos.operator.instrumentor.workload;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workload a pod belongs to, from its owner references alone (no API calls): a ReplicaSet
 * {@code <deployment>-<pod-template-hash>} is a Deployment's, a Job {@code <cronjob>-<digits>} a
 * CronJob's; StatefulSets and DaemonSets own their pods directly.
 */
public final class PodOwners {
  public static final String POD_TEMPLATE_HASH_LABEL = "pod-template-hash";
  private static final Pattern CRONJOB_JOB = Pattern.compile("(.+)-\\d+");

  private PodOwners() {}

  /**
   * @param meta the pod's metadata
   * @param namespace the pod's namespace (an admission request's, when the pod has none yet)
   */
  public static Optional<WorkloadRef> workloadOf(ObjectMeta meta, String namespace) {
    if (meta == null || namespace == null) {
      return Optional.empty();
    }
    return controller(meta.getOwnerReferences())
        .flatMap(owner -> fromOwner(owner, meta.getLabels()))
        .map(kindAndName -> new WorkloadRef(kindAndName.kind(), namespace, kindAndName.name()));
  }

  /** The workload of a stored pod (namespace from its own metadata). */
  public static Optional<WorkloadRef> workloadOf(io.fabric8.kubernetes.api.model.Pod pod) {
    if (pod.getMetadata() == null || pod.getMetadata().getNamespace() == null) {
      return Optional.empty();
    }
    return workloadOf(pod.getMetadata(), pod.getMetadata().getNamespace());
  }

  private static Optional<OwnerReference> controller(List<OwnerReference> owners) {
    if (owners == null || owners.isEmpty()) {
      return Optional.empty();
    }
    return owners.stream()
        .filter(o -> Boolean.TRUE.equals(o.getController()))
        .findFirst()
        .or(() -> Optional.of(owners.getFirst()));
  }

  private static Optional<KindAndName> fromOwner(OwnerReference owner, Map<String, String> labels) {
    String name = owner.getName();
    if (name == null || owner.getKind() == null) {
      return Optional.empty();
    }
    return switch (owner.getKind()) {
      case "ReplicaSet" -> {
        String hash = labels == null ? null : labels.get(POD_TEMPLATE_HASH_LABEL);
        yield hash != null && !hash.isEmpty() && name.endsWith("-" + hash)
            ? named(WorkloadKind.DEPLOYMENT, name.substring(0, name.length() - hash.length() - 1))
            : Optional.empty();
      }
      case "Job" -> {
        Matcher m = CRONJOB_JOB.matcher(name);
        yield m.matches() ? named(WorkloadKind.CRON_JOB, m.group(1)) : Optional.empty();
      }
      default -> WorkloadKind.of(owner.getKind()).map(k -> new KindAndName(k, name));
    };
  }

  private static Optional<KindAndName> named(WorkloadKind kind, String name) {
    return name.isEmpty() ? Optional.empty() : Optional.of(new KindAndName(kind, name));
  }

  private record KindAndName(WorkloadKind kind, String name) {}
}
