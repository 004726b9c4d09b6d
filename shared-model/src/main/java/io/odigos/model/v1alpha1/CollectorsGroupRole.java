package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which collector deployment a CollectorsGroup (or a Processor) belongs to. */
public enum CollectorsGroupRole {
  /** The cluster-wide gateway Deployment that exports to destinations. */
  CLUSTER_GATEWAY("CLUSTER_GATEWAY"),
  /** The per-node DaemonSet that receives from the agents. */
  NODE_COLLECTOR("NODE_COLLECTOR");

  private final String wireName;

  CollectorsGroupRole(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }
}
