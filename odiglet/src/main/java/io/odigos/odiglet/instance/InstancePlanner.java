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
    Map<String, InstrumentationInstance> stored = new HashMap<>();
    existing.forEach(
        i -> stored.put(key(i.getMetadata().getNamespace(), i.getMetadata().getName()), i));
    List<InstanceChange> changes = new ArrayList<>();
    for (AgentObservation seen : observed) {
      InstanceHealth health = InstanceHealth.of(seen, now, grace);
      InstrumentationInstance current = stored.remove(key(seen.namespace(), seen.instanceName()));
      if (current == null) {
        changes.add(new InstanceChange.Create(seen, node, health));
      } else if (!sameHealth(current.getStatus(), health)) {
        changes.add(new InstanceChange.SetHealth(seen.namespace(), seen.instanceName(), health));
      }
    }
    // instances whose process was not seen: the pod went, or only the process did
    for (InstrumentationInstance gone : stored.values()) {
      String ns = gone.getMetadata().getNamespace();
      String name = gone.getMetadata().getName();
      if (!podAlive(gone, livePodUids)) {
        changes.add(new InstanceChange.Delete(ns, name));
      } else if (!sameHealth(gone.getStatus(), InstanceHealth.exited())) {
        changes.add(new InstanceChange.SetHealth(ns, name, InstanceHealth.exited()));
      }
    }
    return changes;
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
