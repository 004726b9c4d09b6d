package io.odigos.odiglet.inspect;

import java.util.Map;
import java.util.Optional;

/**
 * Host mode (the odiglet on a plain machine: sandbox, tests): which processes stand for which
 * workload container, since there are no pods. A process is attributed
 *
 * <ol>
 *   <li>by PID, when the caller registered it explicitly (a launcher that started it), or
 *   <li>by the label variable {@value #LABEL_VARIABLE} in its environment, {@code
 *       <namespace>/<kind>/<name>/<container>}, e.g. {@code
 *       ODIGOS_HOST_WORKLOAD=shop/Deployment/checkout/app}. A child process inherits its parent's
 *       label, so all processes of a started service land in the same container.
 * </ol>
 *
 * A malformed label is ignored (the process stays unattributed).
 */
public final class HostAttribution {
  public static final String LABEL_VARIABLE = "ODIGOS_HOST_WORKLOAD";

  private final Map<Integer, WorkloadContainer> byPid;

  public HostAttribution(Map<Integer, WorkloadContainer> byPid) {
    this.byPid = Map.copyOf(byPid);
  }

  /** Attribution by label only. */
  public static HostAttribution labelsOnly() {
    return new HostAttribution(Map.of());
  }

  public Optional<WorkloadContainer> attribute(int pid, Map<String, String> environ) {
    WorkloadContainer explicit = byPid.get(pid);
    if (explicit != null) {
      return Optional.of(explicit);
    }
    String label = environ.get(LABEL_VARIABLE);
    return label == null ? Optional.empty() : parseLabel(label);
  }

  /** {@code ns/Kind/name/container}; empty unless there are four non-blank parts. */
  public static Optional<WorkloadContainer> parseLabel(String label) {
    String[] parts = label.strip().split("/", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    for (String p : parts) {
      if (p.isBlank()) {
        return Optional.empty();
      }
    }
    return Optional.of(new WorkloadContainer(parts[0], parts[1], parts[2], parts[3]));
  }

  /** The label value for a workload container (for launchers that set it). */
  public static String label(WorkloadContainer c) {
    return c.namespace() + "/" + c.kind() + "/" + c.name() + "/" + c.containerName();
  }
}
