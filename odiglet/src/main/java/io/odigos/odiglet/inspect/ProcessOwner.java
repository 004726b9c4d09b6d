package io.odigos.odiglet.inspect;

/** Whom a process belongs to: a pod's container, a host-mode workload, or nobody we know. */
public sealed interface ProcessOwner {

  /** A container of a Kubernetes pod, from the cgroup path. */
  record PodContainer(String podUid, String containerId, String runtime) implements ProcessOwner {}

  /** A container outside Kubernetes (plain Docker, podman): known by ID only. */
  record ContainerOnly(String containerId, String runtime) implements ProcessOwner {}

  /** Host mode: the process stands for a container of a workload (see {@link HostAttribution}). */
  record HostWorkload(WorkloadContainer container) implements ProcessOwner {}

  /** A host process with no attribution. */
  record Unowned() implements ProcessOwner {}
}
