package io.odigos.operator.instrumentor.workload;

import java.util.Objects;
import java.util.Optional;

/**
 * One workload: kind, namespace, name. Its InstrumentationConfig is named {@code
 * <kind-lower-case>-<name>} in the workload's namespace, as upstream does.
 */
public record WorkloadRef(WorkloadKind kind, String namespace, String name) {

  public WorkloadRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
  }

  /** The name of this workload's InstrumentationConfig. */
  public String instrumentationConfigName() {
    return kind.lowerCase() + "-" + name;
  }

  /**
   * The workload an InstrumentationConfig is for, from its name; empty if it is not one of ours.
   */
  public static Optional<WorkloadRef> fromInstrumentationConfig(String namespace, String icName) {
    for (WorkloadKind k : WorkloadKind.values()) {
      String prefix = k.lowerCase() + "-";
      if (icName.startsWith(prefix) && icName.length() > prefix.length()) {
        return Optional.of(new WorkloadRef(k, namespace, icName.substring(prefix.length())));
      }
    }
    return Optional.empty();
  }
}
