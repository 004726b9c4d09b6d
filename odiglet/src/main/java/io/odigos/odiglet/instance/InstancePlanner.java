package io.odigos.odiglet.instance;

import io.odigos.model.v1alpha1.InstrumentationInstance;
import io.odigos.model.v1alpha1.InstrumentationInstanceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to write so that this node's InstrumentationInstances match the agent processes of one scan:
 * a pure function of the scan, the instances that exist and the pods that exist. Only health
 * changes are written, so a steady node writes nothing.
 */
public final class InstancePlanner {
  private InstancePlanner() {}

  /**
   * @param observed the agent processes seen in this scan
   * @param existing this node's instances as stored
   * @param livePodUids uids of the pods that still exist on this node
   */
  public static List<InstanceChange> plan(
      Collection<AgentObservation> observed,
      Collection<InstrumentationInstance> existing,
      Set<String> livePodUids,
      String node,
      Instant now,
      Duration grace) {
    return planHealth(
        observed.stream()
            .map(seen -> new Observed(seen, InstanceHealth.of(seen, now, grace)))
            .toList(),
        existing,
        livePodUids,
        node);
  }

  /**
   * A process seen in this scan and the health its instance should show.
   *
   * @param probe empty for a process that carries an injected agent (its instance stays, marked
   *     exited, while its pod lives); else the name of what the odiglet probes it with (e.g. {@code
   *     ebpf-go}), and the instance goes as soon as the process is no longer probed
   */
  public record Observed(AgentObservation process, InstanceHealth health, String probe) {
    public Observed(AgentObservation process, InstanceHealth health) {
      this(process, health, "");
    }
  }

  /**
   * As {@link #plan}, for processes whose health is already decided (agents judged by their
   * exports, eBPF-probed Go processes by their probes).
   */
  public static List<InstanceChange> planHealth(
      Collection<Observed> observed,
      Collection<InstrumentationInstance> existing,
      Set<String> livePodUids,
      String node) {
    Map<String, InstrumentationInstance> stored = new HashMap<>();
    existing.forEach(
        i -> stored.put(key(i.getMetadata().getNamespace(), i.getMetadata().getName()), i));
    List<InstanceChange> changes = new ArrayList<>();
    for (Observed o : observed) {
      AgentObservation seen = o.process();
      InstanceHealth health = o.health();
      InstrumentationInstance current = stored.remove(key(seen.namespace(), seen.instanceName()));
      if (current == null) {
        changes.add(new InstanceChange.Create(seen, node, health, o.probe()));
      } else if (!sameHealth(current.getStatus(), health)) {
        changes.add(new InstanceChange.SetHealth(seen.namespace(), seen.instanceName(), health));
      }
    }
    // instances whose process was not seen: the pod went, or only the process did
    for (InstrumentationInstance gone : stored.values()) {
      String ns = gone.getMetadata().getNamespace();
      String name = gone.getMetadata().getName();
      if (!podAlive(gone, livePodUids) || probedByTheOdiglet(gone)) {
        changes.add(new InstanceChange.Delete(ns, name));
      } else if (!sameHealth(gone.getStatus(), InstanceHealth.exited())) {
        changes.add(new InstanceChange.SetHealth(ns, name, InstanceHealth.exited()));
      }
    }
    return changes;
  }

  private static boolean probedByTheOdiglet(InstrumentationInstance instance) {
    var labels = instance.getMetadata().getLabels();
    return labels != null && labels.containsKey(InstanceWriter.PROBE_LABEL);
  }

  private static boolean podAlive(InstrumentationInstance instance, Set<String> livePodUids) {
    var owners = instance.getMetadata().getOwnerReferences();
    return owners != null
        && owners.stream()
            .anyMatch(o -> "Pod".equals(o.getKind()) && livePodUids.contains(o.getUid()));
  }

  static boolean sameHealth(InstrumentationInstanceStatus status, InstanceHealth health) {
    return status != null
        && Objects.equals(status.getHealthy(), health.healthy())
        && Objects.equals(status.getRunning(), health.running())
        && Objects.equals(status.getReason(), health.reason());
  }

  private static String key(String namespace, String name) {
    return namespace + "/" + name;
  }
}
