package io.odigos.odiglet;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.odiglet.ebpf.GoEbpf;
import io.odigos.odiglet.ebpf.attach.GoAttachOutcome;
import io.odigos.odiglet.ebpf.preflight.NodePreflight;
import io.odigos.odiglet.ebpf.preflight.PreflightReport;
import io.odigos.odiglet.inspect.ContainerAggregator.WorkloadKey;
import io.odigos.odiglet.inspect.HostAttribution;
import io.odigos.odiglet.inspect.ProcessInspector;
import io.odigos.odiglet.inspect.RuntimeDetailsWriter;
import io.odigos.odiglet.inspect.proc.ProcFs;
import io.odigos.odiglet.instance.InstanceReporter;
import io.odigos.odiglet.node.AgentCarriers;
import io.odigos.odiglet.node.GoInstances;
import io.odigos.odiglet.node.GoTargets;
import io.odigos.odiglet.node.GoWorkloadProcess;
import io.odigos.odiglet.node.NodeScan;
import io.odigos.odiglet.status.EbpfNodeCondition;
import io.odigos.odiglet.status.NodeConditionWriter;
import io.odigos.odiglet.status.NodeStatusReporter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running node agent: informers of this node's pods and of the InstrumentationConfigs, and a
 * {@link NodeScan} every scan interval on one thread. Closing it stops everything it started.
 */
public final class Odiglet implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Odiglet.class);
  private static final String BY_UID = "uid";

  private final List<AutoCloseable> resources = new ArrayList<>();
  private final ScheduledExecutorService loop =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().name("odiglet-scan").daemon().unstarted(r));
  private final NodeScan scan;

  private final Optional<GoEbpf> go;
  private final Optional<NodeStatusReporter> nodeStatus;

  private Odiglet(NodeScan scan, Optional<GoEbpf> go, Optional<NodeStatusReporter> nodeStatus) {
    this.scan = scan;
    this.go = go;
    this.nodeStatus = nodeStatus;
  }

  /**
   * The node's eBPF side as the odiglet's Main starts it: how launching the Go instrumentation went
   * (with the preflight it was judged on), how to re-run the preflight, and how often.
   */
  public record EbpfNode(
      GoEbpf.Launch launch, Supplier<PreflightReport> preflight, Duration recheck) {
    /** The system's preflight, re-run every minute. */
    public static EbpfNode of(GoEbpf.Launch launch) {
      return new EbpfNode(launch, () -> NodePreflight.system().run(), Duration.ofMinutes(1));
    }
  }

  /** What keeps the node's eBPF condition, when the odiglet runs in a cluster with one. */
  public Optional<NodeStatusReporter> nodeStatus() {
    return nodeStatus;
  }

  /** The eBPF Go instrumentation, when it runs. */
  public Optional<GoEbpf> go() {
    return go;
  }

  public static Odiglet start(KubernetesClient client, OdigletConfig config) {
    return start(client, config, Optional.empty());
  }

  /**
   * @param go the node's eBPF Go instrumentation, when it runs (closed with the odiglet)
   */
  public static Odiglet start(KubernetesClient client, OdigletConfig config, Optional<GoEbpf> go) {
    return start(client, config, go, Optional.empty());
  }

  /**
   * The odiglet with the node's eBPF side: in a cluster, every Go process it decides to probe gets
   * an InstrumentationInstance (healthy once probed, else unhealthy with the reason: also when eBPF
   * does not run on the node), and the Node gets the {@link EbpfNodeCondition#TYPE} condition.
   */
  public static Odiglet start(KubernetesClient client, OdigletConfig config, EbpfNode ebpf) {
    return start(client, config, ebpf.launch().running(), Optional.of(ebpf));
  }

  private static Odiglet start(
      KubernetesClient client, OdigletConfig config, Optional<GoEbpf> go, Optional<EbpfNode> ebpf) {
    SharedIndexInformer<InstrumentationConfig> configs =
        client.resources(InstrumentationConfig.class).inAnyNamespace().inform();
    SharedIndexInformer<Pod> pods = null;
    if (!config.hostMode()) {
      pods =
          client
              .pods()
              .inAnyNamespace()
              .withField("spec.nodeName", config.node())
              .runnableInformer(0);
      pods.addIndexers(Map.of(BY_UID, p -> List.of(p.getMetadata().getUid())));
      pods.start().toCompletableFuture().join();
    }
    SharedIndexInformer<Pod> nodePods = pods;
    ProcFs proc = new ProcFs(config.procRoot());
    Optional<InstanceReporter> instances =
        config.hostMode()
            ? Optional.empty()
            : Optional.of(
                new InstanceReporter(
                    client,
                    config.node(),
                    config.procRoot(),
                    config.collectorPorts(),
                    () -> uids(nodePods),
                    Clock.systemUTC(),
                    config.instanceGrace()));
    AgentCarriers carriers = new AgentCarriers(proc, config.agentsDir());
    NodeScan scan =
        new NodeScan(
            new ProcessInspector(proc, HostAttribution.labelsOnly()),
            uid ->
                nodePods == null
                    ? Optional.empty()
                    : nodePods.getIndexer().byIndex(BY_UID, uid).stream().findFirst(),
            key ->
                configs
                        .getIndexer()
                        .getByKey(key.namespace() + "/" + key.instrumentationConfigName())
                    != null,
            new RuntimeDetailsWriter(client),
            carriers,
            instances,
            goHook(config, go, ebpf, carriers, configs));
    Optional<NodeStatusReporter> nodeStatus =
        config.hostMode()
            ? Optional.empty()
            : ebpf.map(
                e ->
                    new NodeStatusReporter(
                        new NodeConditionWriter(client),
                        config.node(),
                        e.launch(),
                        e.preflight(),
                        Clock.systemUTC()));
    Odiglet odiglet = new Odiglet(scan, go, nodeStatus);
    odiglet.resources.add(configs::close);
    go.ifPresent(odiglet.resources::add);
    if (nodePods != null) {
      odiglet.resources.add(nodePods::close);
    }
    long every = config.scanInterval().toMillis();
    nodeStatus.ifPresent(
        r -> {
          r.publish();
          long recheck = ebpf.orElseThrow().recheck().toMillis();
          odiglet.loop.scheduleWithFixedDelay(
              () -> refreshSafely(r), recheck, recheck, TimeUnit.MILLISECONDS);
        });
    odiglet.loop.scheduleWithFixedDelay(odiglet::scanSafely, 0, every, TimeUnit.MILLISECONDS);
    log.info(
        "odiglet started on node {} ({} mode), scanning every {} s",
        config.node(),
        config.hostMode() ? "host" : "cluster",
        config.scanInterval().toSeconds());
    return odiglet;
  }

  /** Runs one scan now, on the caller's thread (tests, benchmarks). */
  public NodeScan.Result scanNow() {
    return scan.runOnce();
  }

  private void scanSafely() {
    try {
      NodeScan.Result r = scan.runOnce();
      log.debug("scan: {}", r);
    } catch (RuntimeException e) {
      log.warn("scan failed, retrying next interval: {}", e.toString());
    }
  }

  /**
   * The pass over Go processes: when the instrumentation runs, it probes the selected ones; when it
   * does not (but the odiglet knows why), each selected process is reported unavailable with the
   * reason. Absent when neither applies.
   */
  private static Optional<NodeScan.GoProcesses> goHook(
      OdigletConfig config,
      Optional<GoEbpf> go,
      Optional<EbpfNode> ebpf,
      AgentCarriers carriers,
      SharedIndexInformer<InstrumentationConfig> configs) {
    if (go.isEmpty() && (ebpf.isEmpty() || config.hostMode())) {
      return Optional.empty();
    }
    Function<WorkloadKey, Optional<InstrumentationConfig>> byKey =
        key ->
            Optional.ofNullable(
                configs
                    .getIndexer()
                    .getByKey(key.namespace() + "/" + key.instrumentationConfigName()));
    String unavailable = ebpf.map(e -> e.launch().problem()).orElse("");
    return Optional.of(
        (processes, place) -> {
          List<GoWorkloadProcess> wanted =
              GoTargets.selectPlaced(processes, place, byKey, config.node());
          Map<Integer, GoAttachOutcome> outcomes =
              go.isPresent()
                  ? go.get().reconcile(wanted.stream().map(GoWorkloadProcess::target).toList())
                  : wanted.stream()
                      .collect(
                          Collectors.toMap(
                              GoWorkloadProcess::pid,
                              w -> new GoAttachOutcome.Unavailable(unavailable),
                              (a, b) -> a));
          return GoInstances.of(wanted, outcomes, carriers::startTicks);
        });
  }

  private static void refreshSafely(NodeStatusReporter reporter) {
    try {
      reporter.refresh();
    } catch (RuntimeException e) {
      log.warn("node status refresh failed, retrying later: {}", e.toString());
    }
  }

  private static Set<String> uids(SharedIndexInformer<Pod> pods) {
    return pods.getStore().list().stream()
        .map(p -> p.getMetadata().getUid())
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public void close() {
    loop.shutdownNow();
    for (AutoCloseable r : resources.reversed()) {
      try {
        r.close();
      } catch (Exception e) {
        log.debug("closing {}: {}", r, e.toString());
      }
    }
  }
}
