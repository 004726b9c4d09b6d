package io.odigos.console.describe;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
import java.util.Map;

/**
 * Which pods belong to a workload: those its label selector matches; for a CronJob (whose selector
 * is per Job) those owned by one of its Jobs. Pure.
 */
public final class WorkloadPods {
  private WorkloadPods() {}

  public static List<Pod> of(WorkloadKey key, Map<String, String> selector, List<Pod> pods) {
    return pods.stream().filter(p -> belongs(key, selector, p)).toList();
  }

  static boolean belongs(WorkloadKey key, Map<String, String> selector, Pod pod) {
    if (!key.namespace().equals(pod.getMetadata().getNamespace())) {
      return false;
    }
    if ("CronJob".equals(key.kind())) {
      List<OwnerReference> owners = pod.getMetadata().getOwnerReferences();
      return owners != null
          && owners.stream()
              .anyMatch(o -> "Job".equals(o.getKind()) && o.getName().startsWith(key.name() + "-"));
    }
    if (selector == null || selector.isEmpty()) {
      return false;
    }
    Map<String, String> labels = pod.getMetadata().getLabels();
    return labels != null && labels.entrySet().containsAll(selector.entrySet());
  }
}
