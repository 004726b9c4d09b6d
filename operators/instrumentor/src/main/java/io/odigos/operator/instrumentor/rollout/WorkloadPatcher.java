package io.odigos.operator.instrumentor.rollout;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import io.odigos.operator.support.MergePatch;
import java.net.HttpURLConnection;
import java.util.OptionalLong;

/**
 * Patches the agents-hash annotation on a workload's pod template (the only write to workloads).
 */
final class WorkloadPatcher {
  private WorkloadPatcher() {}

  /**
   * Sets the annotation to {@code hash}, or removes it when {@code hash} is empty. Returns the
   * workload's new generation, or empty when the workload does not exist.
   */
  static OptionalLong patch(KubernetesClient client, WorkloadRef ref, String hash) {
    try {
      HasMetadata patched =
          MergePatch.apply(
              client,
              TemplateAnnotation.workloadClass(ref.kind()),
              ref.namespace(),
              ref.name(),
              TemplateAnnotation.mergePatch(ref.kind(), hash));
      Long generation = patched.getMetadata().getGeneration();
      return OptionalLong.of(generation == null ? 0 : generation);
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
        return OptionalLong.empty();
      }
      throw e;
    }
  }
}
