package io.odigos.operator.instrumentor.workload;

import java.util.Locale;
import java.util.Optional;

/** The workload kinds a Source can name. */
public enum WorkloadKind {
  DEPLOYMENT("Deployment"),
  STATEFUL_SET("StatefulSet"),
  DAEMON_SET("DaemonSet"),
  CRON_JOB("CronJob");

  private final String kind;

  WorkloadKind(String kind) {
    this.kind = kind;
  }

  /** The Kubernetes kind, e.g. {@code StatefulSet}. */
  public String kind() {
    return kind;
  }

  /** Lower-case, as in InstrumentationConfig names: {@code statefulset}. */
  public String lowerCase() {
    return kind.toLowerCase(Locale.ROOT);
  }

  /** Case-insensitive: {@code Deployment}, {@code deployment}. */
  public static Optional<WorkloadKind> of(String kind) {
    if (kind == null) {
      return Optional.empty();
    }
    for (WorkloadKind k : values()) {
      if (k.kind.equalsIgnoreCase(kind)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
