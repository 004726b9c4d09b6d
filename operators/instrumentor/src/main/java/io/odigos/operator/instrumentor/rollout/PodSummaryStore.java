package io.odigos.operator.instrumentor.rollout;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import java.util.List;
import java.util.Map;

/**
 * The pod informer's cache, holding only what rollback needs of each pod: identity, owner
 * references, labels, the agents-hash annotation and each container's name and state. The pod spec
 * and everything else are dropped, so watching every pod of the cluster stays cheap.
 */
final class PodSummaryStore extends BasicItemStore<Pod> {

  PodSummaryStore() {
    super(Cache::metaNamespaceKeyFunc);
  }

  @Override
  public Pod put(String key, Pod pod) {
    return super.put(key, summary(pod));
  }

  static Pod summary(Pod pod) {
    if (pod == null) {
      return null;
    }
    ObjectMeta m = pod.getMetadata();
    String hash =
        m.getAnnotations() == null
            ? null
            : m.getAnnotations().get(TemplateAnnotation.AGENTS_META_HASH);
    ObjectMeta meta =
        new ObjectMetaBuilder()
            .withName(m.getName())
            .withNamespace(m.getNamespace())
            .withUid(m.getUid())
            .withResourceVersion(m.getResourceVersion())
            .withGeneration(m.getGeneration())
            .withCreationTimestamp(m.getCreationTimestamp())
            .withDeletionTimestamp(m.getDeletionTimestamp())
            .withLabels(m.getLabels())
            .withOwnerReferences(m.getOwnerReferences())
            .withAnnotations(
                hash == null ? null : Map.of(TemplateAnnotation.AGENTS_META_HASH, hash))
            .build();
    var status = pod.getStatus();
    return new PodBuilder()
        .withMetadata(meta)
        .withStatus(
            status == null
                ? null
                : new PodStatusBuilder()
                    .withPhase(status.getPhase())
                    .withInitContainerStatuses(states(status.getInitContainerStatuses()))
                    .withContainerStatuses(states(status.getContainerStatuses()))
                    .build())
        .build();
  }

  private static List<ContainerStatus> states(List<ContainerStatus> statuses) {
    if (statuses == null) {
      return null;
    }
    return statuses.stream()
        .map(
            s ->
                new ContainerStatusBuilder()
                    .withName(s.getName())
                    .withRestartCount(s.getRestartCount())
                    .withState(s.getState())
                    .build())
        .toList();
  }
}
