package io.odigos.odiglet.node;

import io.fabric8.kubernetes.api.model.Pod;
import io.odigos.odiglet.inspect.ContainerAggregator;
import io.odigos.odiglet.inspect.ContainerAggregator.WorkloadKey;
import io.odigos.odiglet.inspect.InspectedProcess;
import io.odigos.odiglet.inspect.ProcessInspector;
import io.odigos.odiglet.inspect.ProcessOwner;
import io.odigos.odiglet.inspect.RuntimeDetailsWriter;
import io.odigos.odiglet.instance.AgentProcess;
import io.odigos.odiglet.instance.InstanceReporter;
import io.odigos.odiglet.instance.KnownHealthProcess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of the node agent: inspects the processes of the workloads Odigos instruments on this
 * node, writes each workload's runtime details into its InstrumentationConfig, and reports the
 * agent processes and the eBPF-probed Go processes as InstrumentationInstances. Processes of
 * workloads without an InstrumentationConfig are not inspected at all (their runtime detection is
 * the costly part).
 */
public final class NodeScan {
  private static final Logger log = LoggerFactory.getLogger(NodeScan.class);

  private final ProcessInspector inspector;
  private final Function<String, Optional<Pod>> podsByUid;
  private final Predicate<WorkloadKey> configExists;
  private final RuntimeDetailsWriter writer;
  private final AgentCarriers carriers;
  private final Optional<InstanceReporter> instances;
  private final Optional<GoProcesses> goProcesses;
  private List<KnownHealthProcess> lastGo = List.of();

  /**
   * Receives each pass's inspected processes and how they are placed (the eBPF Go targets); returns
   * the Go processes it decided to probe, each with the health its InstrumentationInstance shows.
   */
  @FunctionalInterface
  public interface GoProcesses {
    List<KnownHealthProcess> accept(
        List<InspectedProcess> processes, Function<ProcessOwner, Optional<Placement>> place);
  }

  /**
   * @param podsByUid this node's pods (empty in host mode)
   * @param configExists whether the workload has an InstrumentationConfig
   * @param instances empty in host mode, where there are no pods to own instances
   */
  public NodeScan(
      ProcessInspector inspector,
      Function<String, Optional<Pod>> podsByUid,
      Predicate<WorkloadKey> configExists,
      RuntimeDetailsWriter writer,
      AgentCarriers carriers,
      Optional<InstanceReporter> instances) {
    this(inspector, podsByUid, configExists, writer, carriers, instances, Optional.empty());
  }

  /**
   * @param goProcesses called after each pass with its processes (eBPF Go instrumentation)
   */
  public NodeScan(
      ProcessInspector inspector,
      Function<String, Optional<Pod>> podsByUid,
      Predicate<WorkloadKey> configExists,
      RuntimeDetailsWriter writer,
      AgentCarriers carriers,
      Optional<InstanceReporter> instances,
      Optional<GoProcesses> goProcesses) {
    this.goProcesses = goProcesses;
    this.inspector = inspector;
    this.podsByUid = podsByUid;
    this.configExists = configExists;
    this.writer = writer;
    this.carriers = carriers;
    this.instances = instances;
  }

  /** What one pass did. */
  public record Result(int processes, int workloadsWritten, int agentProcesses) {}

  public synchronized Result runOnce() {
    Map<ProcessOwner, Optional<Placement>> placed = new HashMap<>();
    Function<ProcessOwner, Optional<Placement>> place =
        owner -> placed.computeIfAbsent(owner, o -> PodContainerResolver.place(o, podsByUid));
    List<InspectedProcess> processes =
        inspector.inspect(
            owner -> place.apply(owner).map(p -> configExists.test(key(p))).orElse(false));
    int written = 0;
    var byWorkload =
        ContainerAggregator.byWorkload(
            processes, owner -> place.apply(owner).map(Placement::container));
    for (var entry : byWorkload.entrySet()) {
      try {
        if (writer.write(entry.getKey(), entry.getValue()) == RuntimeDetailsWriter.Result.WRITTEN) {
          written++;
        }
      } catch (RuntimeException e) {
        log.warn(
            "cannot write the runtime details of {}/{}: {}",
            entry.getKey().namespace(),
            entry.getKey().instrumentationConfigName(),
            e.getMessage());
      }
    }
    List<AgentProcess> agents =
        processes.stream()
            .flatMap(
                p ->
                    place
                        .apply(p.owner())
                        .flatMap(placement -> carriers.agentProcess(p.pid(), placement))
                        .stream())
            .toList();
    goProcesses.ifPresent(
        go -> {
          try {
            lastGo = List.copyOf(go.accept(processes, place));
          } catch (RuntimeException e) {
            // the Go instances keep their last state rather than look exited
            log.warn("eBPF Go instrumentation pass failed: {}", e.toString());
          }
        });
    instances.ifPresent(reporter -> reporter.report(agents, lastGo));
    return new Result(processes.size(), written, agents.size());
  }

  private static WorkloadKey key(Placement p) {
    return new WorkloadKey(p.container().namespace(), p.container().instrumentationConfigName());
  }
}
