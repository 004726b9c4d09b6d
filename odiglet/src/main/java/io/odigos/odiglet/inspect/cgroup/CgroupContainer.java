package io.odigos.odiglet.inspect.cgroup;

import java.util.Optional;

/**
 * The container a process runs in, as its cgroup path names it.
 *
 * @param podUid the Kubernetes pod UID with dashes, empty for a container outside Kubernetes
 * @param containerId the 64-hex container ID, as in a pod's {@code containerStatuses[].containerID}
 *     after the {@code <runtime>://} prefix
 * @param runtime {@code containerd}, {@code cri-o}, {@code docker}, or {@code unknown} when the
 *     path does not say (cgroupfs layout)
 */
public record CgroupContainer(Optional<String> podUid, String containerId, String runtime) {}
