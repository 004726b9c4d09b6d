package io.odigos.odiglet;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.odiglet.ebpf.GoEbpf;
import io.odigos.odiglet.inspect.HostAttribution;
import io.odigos.odiglet.inspect.ProcessInspector;
import io.odigos.odiglet.inspect.RuntimeDetailsWriter;
import io.odigos.odiglet.inspect.proc.ProcFs;
import io.odigos.odiglet.instance.InstanceReporter;
import io.odigos.odiglet.node.AgentCarriers;
import io.odigos.odiglet.node.GoTargets;
import io.odigos.odiglet.node.NodeScan;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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

  private Odiglet(NodeScan scan, Optional<GoEbpf> go) {
    this.scan = scan;
    this.go = go;
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
            new AgentCarriers(proc, config.agentsDir()),
            instances,
            go.map(
                g ->
                    (processes, place) ->
                        g.reconcile(
                            GoTargets.select(
                                processes,
                                place,
                                key ->
                                    Optional.ofNullable(
                                        configs
                                            .getIndexer()
                                            .getByKey(
                                                key.namespace()
                                                    + "/"
                                                    + key.instrumentationConfigName())),
                                config.node()))));
    Odiglet odiglet = new Odiglet(scan, go);
    odiglet.resources.add(configs::close);
    go.ifPresent(odiglet.resources::add);
    if (nodePods != null) {
      odiglet.resources.add(nodePods::close);
    }
    long every = config.scanInterval().toMillis();
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
