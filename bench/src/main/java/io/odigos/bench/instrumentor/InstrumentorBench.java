package io.odigos.bench.instrumentor;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.javaoperatorsdk.operator.Operator;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.CollectorsGroupRole;
import io.odigos.model.v1alpha1.CollectorsGroupSpec;
import io.odigos.model.v1alpha1.CollectorsGroupStatus;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.DestinationSpec;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.model.v1alpha1.PodWorkload;
import io.odigos.model.v1alpha1.Source;
import io.odigos.model.v1alpha1.SourceSpec;
import io.odigos.operator.instrumentor.InstrumentorConfig;
import io.odigos.operator.instrumentor.rollout.RolloutReconcilers;
import io.odigos.operator.instrumentor.source.SourceReconcilers;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.TestbedLayout;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The instrumentor's figures from PRODUCT.md ("Numbers to reach"), on a real kube-apiserver + etcd
 * with the instrumentor's reconcilers in-process (Sources and agent decisions, rollout): (a) Source
 * applied → the InstrumentationConfig's {@code AgentEnabled} True, {@value #LATENCY_SAMPLES}
 * samples one after another; (b) {@value #FLEET} Deployments in one namespace and one namespace
 * Source → all {@value #FLEET} InstrumentationConfigs {@code AgentEnabled} True. Baselines of the
 * same run, the API server's own pace: for (a), a ConfigMap created until a watch delivers it; for
 * (b), creating and reading {@value #FLEET} plain ConfigMaps. A ready node CollectorsGroup and one
 * enabled Destination exist; {@link ClusterSimulators} plays the odiglet and the Deployment
 * controller. Usage: {@code bench/run.sh instrumentor}.
 */
public final class InstrumentorBench {
  static final int LATENCY_SAMPLES = 50;
  static final int FLEET = 1000;
  static final double TARGET_P50_MS = 1000;
  static final double TARGET_FLEET_S = 30;
  private static final int CLIENT_THREADS = 8;
  private static final long WAIT_S = 180;
  private static final String MARKED = "MarkedForInstrumentation";
  private static final String AGENT_ENABLED = "AgentEnabled";
  private static final String ROLLED_OUT = "rolled out (WorkloadRollout)";

  private InstrumentorBench() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("logback.configurationFile", "instrumentor-bench-logback.xml");
    try (ApiServer server = ApiServer.start(TestbedLayout.discover())) {
      KubernetesClient client = server.client();
      String odigos = server.createNamespace("odigos-system");
      seedPipeline(client, odigos);
      InstrumentorConfig config = new InstrumentorConfig(odigos, 9443, "odigos-instrumentor");
      Operator operator =
          new Operator(o -> o.withKubernetesClient(server.newClient()).withCloseClientOnStop(true));
      SourceReconcilers.register(operator, config);
      RolloutReconcilers.register(operator, config, Clock.systemUTC());
      operator.start();
      // the simulated odiglet and Deployment controller run while the clock measures
      try (var simulators = new ClusterSimulators(server.newClient());
          var clock = new ConditionClock(simulators.configs(), stages())) {
        run(server, client, clock);
      } finally {
        operator.stop();
      }
    }
    System.exit(0); // the API server's and clients' non-daemon threads would keep the JVM up
  }

  /** What happens to each InstrumentationConfig, in order; AGENT_ENABLED is what is measured. */
  private static Map<String, Predicate<InstrumentationConfig>> stages() {
    Map<String, Predicate<InstrumentationConfig>> stages = new LinkedHashMap<>();
    stages.put("InstrumentationConfig created", ic -> true);
    stages.put(
        "MarkedForInstrumentation",
        ic -> ic.getStatus() != null && ic.getStatus().condition(MARKED).isPresent());
    stages.put(
        "runtime details (odiglet)",
        ic ->
            ic.getStatus() != null
                && ic.getStatus().getRuntimeDetailsByContainer() != null
                && !ic.getStatus().getRuntimeDetailsByContainer().isEmpty());
    stages.put(AGENT_ENABLED, InstrumentorBench::agentEnabled);
    stages.put(ROLLED_OUT, InstrumentorBench::rolledOut);
    return stages;
  }

  private static void run(ApiServer server, KubernetesClient client, ConditionClock clock)
      throws Exception {
    double baselineS = baseline(server, client);
    double baselineMs = watchLatency(server, client);

    String lat = server.createNamespace("bench-latency");
    parallel(LATENCY_SAMPLES, i -> createDeployment(client, lat, "svc-" + i));
    List<Double> latencies = new ArrayList<>();
    for (int i = 0; i < LATENCY_SAMPLES; i++) {
      var seen = clock.when(AGENT_ENABLED, lat, "deployment-svc-" + i);
      long t0 = System.nanoTime();
      createSource(client, lat, "svc-" + i, "Deployment", "svc-" + i);
      latencies.add((seen.get(WAIT_S, TimeUnit.SECONDS) - t0) / 1e6);
    }
    latencies.sort(Double::compare);

    String fleet = server.createNamespace("bench-fleet");
    long c0 = System.nanoTime();
    parallel(FLEET, i -> createDeployment(client, fleet, "app-" + i));
    double createS = (System.nanoTime() - c0) / 1e9;
    Thread.sleep(2000); // let the instrumentor see every Deployment before the Source arrives
    Map<String, Long> requestsBefore = ApiRequestCounts.read(client);
    long t0 = System.nanoTime();
    createSource(client, fleet, "all", "Namespace", fleet);
    boolean converged = awaitCount(clock, AGENT_ENABLED, fleet, FLEET);
    double fleetS = (clock.quantile(AGENT_ENABLED, fleet, 1.0) - t0) / 1e9;
    awaitCount(clock, ROLLED_OUT, fleet, FLEET);
    Map<String, Long> requests =
        ApiRequestCounts.delta(requestsBefore, ApiRequestCounts.read(client));

    double p50 = percentile(latencies, 0.50);
    double p90 = percentile(latencies, 0.90);
    System.out.printf(
        "%ninstrumentor on a real kube-apiserver %s, %d CPUs%n"
            + "baseline (a), ConfigMap created -> seen by a watch, p50 of %d: %.1f ms%n"
            + "baseline (b), create + read %d ConfigMaps: %.2f s%n"
            + "(a) Source -> AgentEnabled, %d samples: p50 %.0f ms, p90 %.0f ms, max %.0f ms"
            + "  (p50 %.0fx baseline; target p50 <= %.0f ms: %s)%n"
            + "(b) %d Deployments + 1 namespace Source -> all AgentEnabled: %.2f s"
            + "  (%.1fx baseline; target <= %.0f s: %s)%n"
            + "    (creating the %d Deployments took %.2f s)%n"
            + "    %-32s %8s %8s %8s%n",
        server.gitVersion(),
        Runtime.getRuntime().availableProcessors(),
        LATENCY_SAMPLES,
        baselineMs,
        FLEET,
        baselineS,
        LATENCY_SAMPLES,
        p50,
        p90,
        latencies.getLast(),
        p50 / baselineMs,
        TARGET_P50_MS,
        p50 <= TARGET_P50_MS ? "met" : "MISSED",
        FLEET,
        fleetS,
        fleetS / baselineS,
        TARGET_FLEET_S,
        converged && fleetS <= TARGET_FLEET_S
            ? "met"
            : "MISSED" + (converged ? "" : ", " + clock.count(AGENT_ENABLED, fleet) + " converged"),
        FLEET,
        createS,
        "stage, s after the Source:",
        "median",
        "last",
        "reached");
    for (String stage : clock.stages()) {
      System.out.printf(
          "    %-32s %8.2f %8.2f %8d%n",
          stage,
          (clock.quantile(stage, fleet, 0.5) - t0) / 1e9,
          (clock.quantile(stage, fleet, 1.0) - t0) / 1e9,
          clock.count(stage, fleet));
    }
    System.out.printf(
        "    API requests per workload until rolled out (all clients, watches and lists excluded):%n");
    requests.forEach(
        (key, n) -> {
          if (!key.endsWith(" WATCH") && !key.endsWith(" LIST")) {
            System.out.printf("    %-40s %6.2f%n", key, n / (double) FLEET);
          }
        });
  }

  /** Creating then reading {@value #FLEET} ConfigMaps with the same client threads. */
  private static double baseline(ApiServer server, KubernetesClient client) throws Exception {
    String ns = server.createNamespace("bench-baseline");
    long t0 = System.nanoTime();
    parallel(
        FLEET,
        i ->
            client
                .configMaps()
                .inNamespace(ns)
                .resource(
                    new ConfigMapBuilder()
                        .withNewMetadata()
                        .withName("cm-" + i)
                        .endMetadata()
                        .withData(Map.of("config.yaml", "value: " + i))
                        .build())
                .create());
    parallel(FLEET, i -> client.configMaps().inNamespace(ns).withName("cm-" + i).get());
    return (System.nanoTime() - t0) / 1e9;
  }

  /** p50 of: a ConfigMap is created, then a watch (informer) delivers it. */
  private static double watchLatency(ApiServer server, KubernetesClient client) throws Exception {
    String ns = server.createNamespace("bench-watch");
    Map<String, CompletableFuture<Long>> seen = new ConcurrentHashMap<>();
    var informer =
        client
            .configMaps()
            .inNamespace(ns)
            .inform(
                new ResourceEventHandler<>() {
                  @Override
                  public void onAdd(ConfigMap cm) {
                    long now = System.nanoTime();
                    seen.computeIfAbsent(cm.getMetadata().getName(), k -> new CompletableFuture<>())
                        .complete(now);
                  }

                  @Override
                  public void onUpdate(ConfigMap old, ConfigMap cm) {}

                  @Override
                  public void onDelete(ConfigMap cm, boolean unknown) {}
                });
    try {
      List<Double> samples = new ArrayList<>();
      for (int i = 0; i < LATENCY_SAMPLES; i++) {
        String name = "probe-" + i;
        var f = seen.computeIfAbsent(name, k -> new CompletableFuture<>());
        long t0 = System.nanoTime();
        client
            .configMaps()
            .inNamespace(ns)
            .resource(new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata().build())
            .create();
        samples.add((f.get(WAIT_S, TimeUnit.SECONDS) - t0) / 1e6);
      }
      samples.sort(Double::compare);
      return percentile(samples, 0.50);
    } finally {
      informer.close();
    }
  }

  private static boolean agentEnabled(InstrumentationConfig ic) {
    return ic.getStatus() != null
        && ic.getStatus()
            .condition(AGENT_ENABLED)
            .map(c -> "True".equals(c.getStatus()))
            .orElse(false);
  }

  private static boolean rolledOut(InstrumentationConfig ic) {
    String hash = ic.getSpec() == null ? null : ic.getSpec().getAgentsMetaHash();
    return hash != null
        && !hash.isEmpty()
        && ic.getStatus() != null
        && hash.equals(ic.getStatus().getWorkloadRolloutHash());
  }

  private static boolean awaitCount(ConditionClock clock, String stage, String namespace, int n)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
    while (clock.count(stage, namespace) < n && System.nanoTime() < deadline) {
      Thread.sleep(100); // the clock notes times as events arrive; this only waits
    }
    return clock.count(stage, namespace) >= n;
  }

  /** A ready node collector group and one enabled Destination: agents may be enabled. */
  private static void seedPipeline(KubernetesClient client, String odigos) {
    CollectorsGroup node = new CollectorsGroup();
    node.getMetadata().setName("odigos-data-collection");
    node.getMetadata().setNamespace(odigos);
    CollectorsGroupSpec spec = new CollectorsGroupSpec();
    spec.setRole(CollectorsGroupRole.NODE_COLLECTOR);
    spec.setCollectorOwnMetricsPort(55682);
    var resources = new CollectorsGroupSpec.ResourcesSettings();
    resources.setMemoryRequestMiB(256);
    resources.setMemoryLimitMiB(512);
    resources.setCpuRequestMillicores(250);
    resources.setCpuLimitMillicores(500);
    resources.setMemoryLimiterLimitMiB(462);
    resources.setMemoryLimiterSpikeLimitMiB(92);
    resources.setGomemlimitMiB(370);
    spec.setResourcesSettings(resources);
    node.setSpec(spec);
    node = client.resource(node).create();
    CollectorsGroupStatus status = new CollectorsGroupStatus();
    status.setReady(true);
    status.setReceiverSignals(List.of(ObservabilitySignal.TRACES));
    node.setStatus(status);
    client.resource(node).updateStatus();

    Destination destination = new Destination();
    destination.getMetadata().setName("bench-otlp");
    destination.getMetadata().setNamespace(odigos);
    DestinationSpec d = new DestinationSpec();
    d.setType("otlp");
    d.setDestinationName("bench");
    d.setData(Map.of("OTLP_GRPC_ENDPOINT", "sink.bench.svc:4317"));
    d.setSignals(List.of(ObservabilitySignal.TRACES));
    destination.setSpec(d);
    client.resource(destination).create();
  }

  private static void createDeployment(KubernetesClient client, String ns, String name) {
    client
        .apps()
        .deployments()
        .inNamespace(ns)
        .resource(
            new DeploymentBuilder()
                .withNewMetadata()
                .withName(name)
                .endMetadata()
                .withNewSpec()
                .withReplicas(1)
                .withNewSelector()
                .addToMatchLabels("app", name)
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .addToLabels("app", name)
                .endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("app")
                .withImage("shop/" + name + ":1")
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build())
        .create();
  }

  private static void createSource(
      KubernetesClient client, String ns, String name, String kind, String workload) {
    Source source = new Source();
    source.getMetadata().setName(name);
    source.getMetadata().setNamespace(ns);
    SourceSpec spec = new SourceSpec();
    spec.setWorkload(new PodWorkload(ns, kind, workload));
    source.setSpec(spec);
    client.resource(source).create();
  }

  private static void parallel(int n, IntConsumer task) throws InterruptedException {
    try (ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS)) {
      var futures = IntStream.range(0, n).mapToObj(i -> pool.submit(() -> task.accept(i))).toList();
      for (var f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("a request of the benchmark failed", e.getCause());
        }
      }
    }
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(List<Double> sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}
