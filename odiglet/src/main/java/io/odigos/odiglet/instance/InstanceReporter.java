package io.odigos.odiglet.instance;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.odigos.model.v1alpha1.InstrumentationInstance;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Keeps this node's InstrumentationInstances in step with its agent processes, one scan at a time:
 * remembers when each process was first seen, checks whether it has connected to the node collector
 * ({@link TcpConnections}), plans with {@link InstancePlanner} and writes with {@link
 * InstanceWriter}.
 */
public final class InstanceReporter {
  private final KubernetesClient client;
  private final InstanceWriter writer;
  private final String node;
  private final Path procRoot;
  private final Set<Integer> collectorPorts;
  private final Supplier<Set<String>> livePodUids;
  private final Clock clock;
  private final Duration grace;
  private final Map<String, Instant> firstSeen = new HashMap<>();

  /**
   * @param collectorPorts the node collector's OTLP ports (4317, 4318)
   * @param livePodUids the uids of the pods that exist on this node now
   * @param grace how long an agent may take to send its first telemetry
   */
  public InstanceReporter(
      KubernetesClient client,
      String node,
      Path procRoot,
      Set<Integer> collectorPorts,
      Supplier<Set<String>> livePodUids,
      Clock clock,
      Duration grace) {
    this.client = client;
    this.writer = new InstanceWriter(client);
    this.node = node;
    this.procRoot = procRoot;
    this.collectorPorts = Set.copyOf(collectorPorts);
    this.livePodUids = livePodUids;
    this.clock = clock;
    this.grace = grace;
  }

  /** One pass over the agent processes of a scan; returns the changes it wrote. */
  public List<InstanceChange> report(Collection<AgentProcess> processes) {
    return report(processes, List.of());
  }

  /**
   * One pass over the agent processes of a scan and the processes whose health is known first-hand
   * (eBPF-probed Go processes); returns the changes it wrote. A pid in both is reported once, with
   * its known health.
   */
  public synchronized List<InstanceChange> report(
      Collection<AgentProcess> processes, Collection<KnownHealthProcess> known) {
    Instant now = clock.instant();
    Set<Integer> knownPids =
        known.stream().map(k -> k.process().pid()).collect(java.util.stream.Collectors.toSet());
    Map<String, Instant> stillSeen = new HashMap<>();
    List<AgentObservation> observed =
        processes.stream()
            .filter(p -> !knownPids.contains(p.pid()))
            .map(
                p -> {
                  String key = p.pid() + "@" + p.startTicks();
                  Instant first = firstSeen.getOrDefault(key, now);
                  stillSeen.put(key, first);
                  return p.observed(
                      first, TcpConnections.connectedTo(procRoot, p.pid(), collectorPorts));
                })
            .toList();
    firstSeen.clear();
    firstSeen.putAll(stillSeen);
    List<InstrumentationInstance> existing =
        client
            .resources(InstrumentationInstance.class)
            .inAnyNamespace()
            .withLabel(InstanceWriter.NODE_LABEL, node)
            .list()
            .getItems();
    List<InstancePlanner.Observed> all = new java.util.ArrayList<>();
    observed.forEach(
        o -> all.add(new InstancePlanner.Observed(o, InstanceHealth.of(o, now, grace))));
    known.forEach(
        k ->
            all.add(
                new InstancePlanner.Observed(
                    k.process().observed(now, false), k.health(), k.probe())));
    List<InstanceChange> changes =
        InstancePlanner.planHealth(all, existing, livePodUids.get(), node);
    changes.forEach(c -> writer.apply(c, now));
    return changes;
  }
}
