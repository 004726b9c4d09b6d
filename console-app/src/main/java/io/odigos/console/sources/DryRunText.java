package io.odigos.console.sources;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import io.odigos.console.describe.EnvMasking;
import io.odigos.operator.instrumentor.inject.Conflict;
import io.odigos.operator.instrumentor.inject.ContainerPreview;
import io.odigos.operator.instrumentor.inject.DryRunReport;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A dry run as text for the confirmation dialog: per workload and container the env before and
 * after (added {@code +}, changed {@code ~}; secrets masked), resources and annotations added, and
 * every conflict. Pure.
 */
public final class DryRunText {
  private DryRunText() {}

  public static String render(List<DryRunPreview.WorkloadPreview> previews, int moreNotShown) {
    StringBuilder s = new StringBuilder();
    for (DryRunPreview.WorkloadPreview p : previews) {
      s.append(p.workload()).append('\n');
      p.notes().forEach(n -> s.append("  note: ").append(n).append('\n'));
      DryRunReport r = p.report();
      if (r == null) {
        s.append("  nothing to preview\n\n");
        continue;
      }
      if (!r.changesAnything()) {
        s.append("  no change to the pods\n");
      }
      r.annotationsAdded()
          .forEach(
              (k, v) -> s.append("  annotation + ").append(k).append('=').append(v).append('\n'));
      for (ContainerPreview c : r.containers()) {
        container(s, c);
      }
      s.append('\n');
    }
    if (moreNotShown > 0) {
      s.append("… and ").append(moreNotShown).append(" more workloads not previewed\n");
    }
    return s.toString();
  }

  private static void container(StringBuilder s, ContainerPreview c) {
    s.append("  container ")
        .append(c.containerName())
        .append(c.injected() ? ": agent injected" : ": no agent")
        .append('\n');
    if (!c.changed() && c.conflicts().isEmpty()) {
      return;
    }
    s.append("    env before:\n");
    c.envBefore().forEach(v -> s.append("        ").append(line(v)).append('\n'));
    if (c.envBefore().isEmpty()) {
      s.append("        (none)\n");
    }
    s.append("    env after:\n");
    for (EnvVar v : c.envAfter()) {
      EnvVar old =
          c.envBefore().stream()
              .filter(b -> b.getName().equals(v.getName()))
              .findFirst()
              .orElse(null);
      String mark = old == null ? "+ " : Objects.equals(old, v) ? "  " : "~ ";
      s.append("      ").append(mark).append(line(v)).append('\n');
    }
    resources(s, "limits", c.limitsAdded());
    resources(s, "requests", c.requestsAdded());
    for (Conflict k : c.conflicts()) {
      s.append("    conflict (")
          .append(k.kind())
          .append(k.variable() == null ? "" : " " + k.variable())
          .append("): ")
          .append(k.message())
          .append('\n');
    }
  }

  private static void resources(StringBuilder s, String what, Map<String, Quantity> added) {
    if (!added.isEmpty()) {
      s.append("    ")
          .append(what)
          .append(" + ")
          .append(
              added.entrySet().stream()
                  .map(e -> e.getKey() + "=" + e.getValue())
                  .sorted()
                  .collect(Collectors.joining(", ")))
          .append('\n');
    }
  }

  private static String line(EnvVar v) {
    return v.getName() + "=" + EnvMasking.display(v);
  }
}
