package io.odigos.odiglet.node;

import io.odigos.odiglet.inspect.WorkloadContainer;
import java.util.Optional;

/**
 * Where a process runs: the workload container it stands for and, in a cluster, its pod.
 *
 * @param pod empty in host mode, where no pod exists
 */
public record Placement(WorkloadContainer container, Optional<PodIdentity> pod) {

  /** A pod's name and uid. */
  public record PodIdentity(String name, String uid) {}
}
