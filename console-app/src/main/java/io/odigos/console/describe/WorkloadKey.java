package io.odigos.console.describe;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One workload the console can instrument and describe: namespace, Kubernetes kind (Deployment,
 * StatefulSet, DaemonSet, CronJob) and name. Its InstrumentationConfig is {@code
 * <kind-lower-case>-<name>} in the same namespace, as the instrumentor names it.
 */
public record WorkloadKey(String namespace, String kind, String name)
    implements Comparable<WorkloadKey> {
  /** The kinds a workload Source can name, in display order. */
  public static final java.util.List<String> KINDS =
      java.util.List.of("Deployment", "StatefulSet", "DaemonSet", "CronJob");

  private static final Comparator<WorkloadKey> ORDER =
      Comparator.comparing(WorkloadKey::namespace)
          .thenComparing(WorkloadKey::name)
          .thenComparing(WorkloadKey::kind);

  public WorkloadKey {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /** The name of the workload's InstrumentationConfig. */
  public String instrumentationConfigName() {
    return kind.toLowerCase(Locale.ROOT) + "-" + name;
  }

  /** The workload an InstrumentationConfig name stands for, or null if it names none. */
  public static WorkloadKey ofInstrumentationConfig(String namespace, String icName) {
    for (String kind : KINDS) {
      String prefix = kind.toLowerCase(Locale.ROOT) + "-";
      if (icName.startsWith(prefix) && icName.length() > prefix.length()) {
        return new WorkloadKey(namespace, kind, icName.substring(prefix.length()));
      }
    }
    return null;
  }

  @Override
  public int compareTo(WorkloadKey o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return kind + " " + namespace + "/" + name;
  }
}
