package io.odigos.odiglet.inspect;

import java.util.Locale;
import java.util.Objects;

/**
 * One container of one workload: where runtime details are written.
 *
 * @param kind the PascalCase workload kind (Deployment, StatefulSet, DaemonSet, CronJob...)
 */
public record WorkloadContainer(String namespace, String kind, String name, String containerName) {
  public WorkloadContainer {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(containerName, "containerName");
  }

  /** The workload's InstrumentationConfig name, {@code <kind-lower-case>-<name>}, as upstream. */
  public String instrumentationConfigName() {
    return kind.toLowerCase(Locale.ROOT) + "-" + name;
  }
}
