package io.odigos.odiglet.node;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.odigos.odiglet.inspect.ProcessOwner;
import io.odigos.odiglet.inspect.WorkloadContainer;
import io.odigos.operator.instrumentor.workload.PodOwners;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Places a process (its owner from the cgroup path) in a workload container: the pod by uid, the
 * container by the id in the pod's container statuses ({@code containerd://<id>}), the workload by
 * the pod's owner references. Pure, given a lookup of this node's pods.
 */
public final class PodContainerResolver {
  private PodContainerResolver() {}

  public static Optional<Placement> place(
      ProcessOwner owner, Function<String, Optional<Pod>> podsByUid) {
    return switch (owner) {
      case ProcessOwner.HostWorkload h ->
          Optional.of(new Placement(h.container(), Optional.empty()));
      case ProcessOwner.PodContainer c ->
          podsByUid.apply(c.podUid()).flatMap(pod -> inPod(pod, c.containerId()));
      case ProcessOwner.ContainerOnly ignored -> Optional.empty();
      case ProcessOwner.Unowned ignored -> Optional.empty();
    };
  }

  static Optional<Placement> inPod(Pod pod, String containerId) {
    Optional<String> container = containerName(pod, containerId);
    if (container.isEmpty()) {
      return Optional.empty();
    }
    return PodOwners.workloadOf(pod)
        .map(
            w ->
                new Placement(
                    new WorkloadContainer(
                        pod.getMetadata().getNamespace(),
                        w.kind().kind(),
                        w.name(),
                        container.get()),
                    Optional.of(
                        new Placement.PodIdentity(
                            pod.getMetadata().getName(), pod.getMetadata().getUid()))));
  }

  /** The name of the container whose runtime id is {@code containerId}. */
  static Optional<String> containerName(Pod pod, String containerId) {
    if (pod.getStatus() == null || containerId == null || containerId.isEmpty()) {
      return Optional.empty();
    }
    return Stream.of(
            pod.getStatus().getContainerStatuses(), pod.getStatus().getInitContainerStatuses())
        .filter(l -> l != null)
        .flatMap(List::stream)
        .filter(s -> idMatches(s, containerId))
        .map(ContainerStatus::getName)
        .findFirst();
  }

  private static boolean idMatches(ContainerStatus status, String containerId) {
    String id = status.getContainerID();
    if (id == null) {
      return false;
    }
    int sep = id.indexOf("://");
    return (sep < 0 ? id : id.substring(sep + 3)).equals(containerId);
  }
}
