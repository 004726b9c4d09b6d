package io.odigos.odiglet.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.marcnuri.helm.Helm;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.NodeConditionBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationInstance;
import io.odigos.odiglet.Odiglet;
import io.odigos.odiglet.OdigletConfig;
import io.odigos.odiglet.ebpf.EbpfSettings;
import io.odigos.odiglet.ebpf.GoConfigs;
import io.odigos.odiglet.ebpf.GoEbpf;
import io.odigos.odiglet.ebpf.golang.GoServices;
import io.odigos.odiglet.ebpf.preflight.NodePreflight;
import io.odigos.odiglet.ebpf.preflight.PreflightCheck;
import io.odigos.odiglet.ebpf.preflight.PreflightReport;
import io.odigos.odiglet.instance.InstanceWriter;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.ServiceAccountClients;
import io.odigos.testbed.TestbedLayout;
import io.odigos.testbed.WithRealApiServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The odiglet in cluster mode, as the chart's {@code odigos-odiglet} ServiceAccount (by
 * impersonation: the API server checks every request against the chart's ClusterRole), against a
 * real API server, real Go processes placed in real (cgroup v1) {@code kubepods} cgroups of pods
 * the API server knows, and the real eBPF probes: a Go HTTP service gets a healthy
 * InstrumentationInstance, a Go program without anything to probe an unhealthy one with the reason;
 * the Node gets the {@code OdigosEbpfReady} condition next to the kubelet's, updated when the
 * preflight changes; withdrawing the Go decision removes the instance. Without eBPF on the node,
 * the Go process's instance says so. And the account cannot do what the odiglet does not.
 */
@WithRealApiServer
class EbpfStatusIT {
  private static final Path CGROUP_V1_PIDS = Path.of("/sys/fs/cgroup/pids");

  @TempDir static Path tmp;

  private final List<Process> processes = new ArrayList<>();
  private final List<Path> cgroups = new ArrayList<>();
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private KubernetesClient admin;
  private KubernetesClient odigletAccount;

  @BeforeEach
  void installTheChartsRbac(ApiServer server) throws Exception {
    if (!Files.isWritable(CGROUP_V1_PIDS)) {
      throw new IllegalStateException(
          "this test places processes in kubepods cgroups under "
              + CGROUP_V1_PIDS
              + " (cgroup v1 pids hierarchy, as root); none is writable here");
    }
    admin = server.client();
    String odigos = server.createNamespace("odigos");
    String rbac =
        new Helm(TestbedLayout.discover().repoRoot().resolve("helm/odigos"))
            .template()
            .withName("odigos")
            .withNamespace(odigos)
            .withKubeVersion(server.gitVersion())
            .skipCrds()
            .call();
    admin.load(new ByteArrayInputStream(rbac.getBytes(StandardCharsets.UTF_8))).serverSideApply();
    odigletAccount = ServiceAccountClients.as(server.kubeconfigYaml(), odigos, "odigos-odiglet");
    closeables.add(odigletAccount);
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : closeables.reversed()) {
      c.close();
    }
    for (Process p : processes) {
      p.destroyForcibly().waitFor();
    }
    for (Path dir : cgroups.reversed()) {
      try {
        Files.deleteIfExists(dir);
      } catch (java.nio.file.DirectoryNotEmptyException e) {
        // a shared parent (kubepods) still used by another test on this machine
      }
    }
  }

  @Test
  void goProcessesAndTheNodeShowWhatTheEbpfInstrumentationCameTo(ApiServer server)
      throws Exception {
    String node = "node-ebpf";
    createNodeWithKubeletCondition(node);
    String ns = server.createNamespace("shop");

    // an HTTP Go service, and a Go program with no HTTP, gRPC or database/sql code
    Process greeter =
        start(
            GoServices.builds().getLast().unstripped().toString(),
            "-mode=http-backend",
            "-listen=127.0.0.1:0");
    Process tiny = start(tinyGoProgram().toString());
    Pod greeterPod = podFor(ns, node, "greeter", greeter);
    Pod tinyPod = podFor(ns, node, "tiny", tiny);
    admin.resource(goConfig(ns, "greeter", true)).create();
    admin.resource(goConfig(ns, "tiny", true)).create();

    PreflightReport system = NodePreflight.system().run();
    AtomicReference<PreflightReport> preflight = new AtomicReference<>(system);
    GoEbpf.Launch launch =
        GoEbpf.launch(new EbpfSettings(true, "127.0.0.1:9", Duration.ofSeconds(1)), system);
    assertThat(launch.running())
        .as("eBPF Go instrumentation must start on this machine: %s", launch.problem())
        .isPresent();
    Odiglet odiglet =
        Odiglet.start(
            odigletAccount,
            clusterMode(node),
            new Odiglet.EbpfNode(launch, preflight::get, Duration.ofHours(1)));
    closeables.add(odiglet);

    InstrumentationInstance probed =
        awaitInstance(ns, instanceName(greeterPod, greeter), i -> i.getStatus().getHealthy());
    assertThat(probed.getStatus().getHealthy()).isTrue();
    assertThat(probed.getStatus().getReason()).isEqualTo("EbpfProbesAttached");
    assertThat(probed.getStatus().getMessage()).contains("HTTP server").contains("uprobes");
    assertThat(probed.getMetadata().getLabels())
        .containsEntry(InstanceWriter.PROBE_LABEL, "ebpf-go")
        .containsEntry(InstanceWriter.NODE_LABEL, node)
        .containsEntry(InstanceWriter.WORKLOAD_LABEL, "deployment-greeter");
    assertThat(probed.getStatus().getIdentifyingAttributes())
        .extracting(a -> a.key() + "=" + a.value())
        .contains(
            "process.pid=" + greeter.pid(),
            "process.runtime.version=" + GoServices.builds().getLast().goVersion(),
            "telemetry.sdk.language=go",
            "telemetry.distro.name=odigos-ebpf-go");

    InstrumentationInstance refused =
        awaitInstance(ns, instanceName(tinyPod, tiny), i -> i.getStatus().getHealthy());
    assertThat(refused.getStatus().getHealthy()).isFalse();
    assertThat(refused.getStatus().getRunning()).isTrue();
    assertThat(refused.getStatus().getReason()).isEqualTo("ProbedFunctionMissing");
    assertThat(refused.getStatus().getMessage())
        .contains("net/http.serverHandler.ServeHTTP")
        .contains("not in the binary");

    // the node condition, next to the kubelet's
    String expected =
        system.contextPropagationPossible()
            ? EbpfNodeCondition.USABLE
            : EbpfNodeCondition.PROPAGATION_BLOCKED;
    NodeCondition ready = awaitCondition(node, c -> expected.equals(c.getReason()));
    assertThat(ready.getStatus()).isEqualTo("True");
    assertThat(ready.getMessage())
        .contains("kernel: " + system.check("kernel").orElseThrow().detail())
        .contains("btf")
        .contains("lockdown")
        .contains("libbpf");
    assertThat(kubeletReady(node).getStatus()).isEqualTo("True");

    // the node changes (lockdown switched on, or lifted): the condition follows at the next
    // preflight
    preflight.set(withLockdownToggled(system));
    assertThat(odiglet.nodeStatus().orElseThrow().refresh()).isPresent();
    if (system.contextPropagationPossible()) {
      NodeCondition blocked =
          awaitCondition(node, c -> EbpfNodeCondition.PROPAGATION_BLOCKED.equals(c.getReason()));
      assertThat(blocked.getStatus()).isEqualTo("True");
      assertThat(blocked.getMessage()).contains("lockdown [failed]: integrity");
    } else {
      // lifted: the probes loaded without the traceparent writer, so it stays blocked until a
      // restart, and says so
      NodeCondition lifted =
          awaitCondition(node, c -> c.getMessage().startsWith("context propagation became"));
      assertThat(lifted.getReason()).isEqualTo(EbpfNodeCondition.PROPAGATION_BLOCKED);
      assertThat(lifted.getMessage()).contains("lockdown: none");
    }
    assertThat(kubeletReady(node).getStatus())
        .as("the kubelet's condition survives our patches")
        .isEqualTo("True");
    assertThat(odiglet.nodeStatus().orElseThrow().refresh())
        .as("an unchanged preflight writes nothing")
        .isEmpty();

    // the Go decision is withdrawn: the process runs on, its instance goes
    admin
        .resources(InstrumentationConfig.class)
        .inNamespace(ns)
        .withName("deployment-greeter")
        .edit(
            c -> {
              c.getSpec().getContainers().getFirst().setAgentEnabled(false);
              return c;
            });
    await()
        .atMost(ApiServer.patience())
        .until(() -> instance(ns, instanceName(greeterPod, greeter)) == null);
    assertThat(greeter.isAlive()).isTrue();
    assertThat(instance(ns, instanceName(tinyPod, tiny))).isNotNull();

    // the account's limits: nothing beyond what the odiglet does
    assertForbidden(() -> odigletAccount.secrets().inNamespace(ns).list());
    assertForbidden(() -> odigletAccount.configMaps().inNamespace(ns).list());
    assertForbidden(
        () ->
            odigletAccount
                .pods()
                .inNamespace(ns)
                .withName(tinyPod.getMetadata().getName())
                .delete());
    assertForbidden(
        () ->
            odigletAccount
                .nodes()
                .withName(node)
                .edit(
                    n ->
                        new NodeBuilder(n)
                            .editMetadata()
                            .addToLabels("x", "y")
                            .endMetadata()
                            .build()));
    assertForbidden(
        () ->
            odigletAccount
                .resources(InstrumentationConfig.class)
                .inNamespace(ns)
                .withName("deployment-tiny")
                .delete());
  }

  @Test
  void withoutEbpfOnTheNodeAGoProcessesInstanceAndTheNodeSayWhy(ApiServer server) throws Exception {
    String node = "node-off";
    createNodeWithKubeletCondition(node);
    String ns = server.createNamespace("shop");
    Process tiny = start(tinyGoProgram().toString());
    Pod pod = podFor(ns, node, "tiny", tiny);
    admin.resource(goConfig(ns, "tiny", true)).create();
    PreflightReport system = NodePreflight.system().run();
    GoEbpf.Launch off =
        GoEbpf.launch(new EbpfSettings(false, "127.0.0.1:9", Duration.ofSeconds(1)), system);
    assertThat(off.running()).isEmpty();
    Odiglet odiglet =
        Odiglet.start(
            odigletAccount,
            clusterMode(node),
            new Odiglet.EbpfNode(off, () -> system, Duration.ofHours(1)));
    closeables.add(odiglet);

    InstrumentationInstance unavailable =
        awaitInstance(ns, instanceName(pod, tiny), i -> i.getStatus().getHealthy());
    assertThat(unavailable.getStatus().getHealthy()).isFalse();
    assertThat(unavailable.getStatus().getReason()).isEqualTo("EbpfUnavailable");
    assertThat(unavailable.getStatus().getMessage())
        .isEqualTo("eBPF Go instrumentation is switched off on this node (ODIGOS_EBPF=off)");
    NodeCondition condition = awaitCondition(node, c -> true);
    assertThat(condition.getStatus()).isEqualTo("False");
    assertThat(condition.getReason()).isEqualTo(EbpfNodeCondition.DISABLED);
    assertThat(kubeletReady(node).getStatus()).isEqualTo("True");
  }

  // --- the cluster around the odiglet

  private void createNodeWithKubeletCondition(String name) {
    admin
        .nodes()
        .resource(new NodeBuilder().withNewMetadata().withName(name).endMetadata().build())
        .create();
    Node n = admin.nodes().withName(name).get();
    n.setStatus(
        new io.fabric8.kubernetes.api.model.NodeStatusBuilder()
            .withConditions(
                new NodeConditionBuilder()
                    .withType("Ready")
                    .withStatus("True")
                    .withReason("KubeletReady")
                    .withMessage("kubelet is posting ready status")
                    .build())
            .build());
    admin.nodes().resource(n).updateStatus();
  }

  private NodeCondition kubeletReady(String node) {
    return conditions(node).stream()
        .filter(c -> "Ready".equals(c.getType()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the kubelet's Ready condition is gone"));
  }

  private List<NodeCondition> conditions(String node) {
    Node n = admin.nodes().withName(node).get();
    return n.getStatus() == null || n.getStatus().getConditions() == null
        ? List.of()
        : n.getStatus().getConditions();
  }

  private NodeCondition awaitCondition(
      String node, java.util.function.Predicate<NodeCondition> match) {
    return await()
        .atMost(ApiServer.patience())
        .until(
            () ->
                conditions(node).stream()
                    .filter(c -> EbpfNodeCondition.TYPE.equals(c.getType()))
                    .findFirst()
                    .orElse(null),
            c -> c != null && match.test(c));
  }

  private InstrumentationInstance instance(String ns, String name) {
    return admin.resources(InstrumentationInstance.class).inNamespace(ns).withName(name).get();
  }

  private InstrumentationInstance awaitInstance(
      String ns, String name, java.util.function.Function<InstrumentationInstance, Boolean> field) {
    return await()
        .atMost(ApiServer.patience())
        .until(
            () -> instance(ns, name),
            i -> i != null && i.getStatus() != null && field.apply(i) != null);
  }

  private static String instanceName(Pod pod, Process p) {
    return pod.getMetadata().getName() + "-" + p.pid();
  }

  private static void assertForbidden(Runnable request) {
    assertThatThrownBy(request::run)
        .isInstanceOfSatisfying(
            KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(403));
  }

  /** The same node with the lockdown LSM in the other state (integrity ↔ none). */
  private static PreflightReport withLockdownToggled(PreflightReport r) {
    boolean wasOk = r.check(NodePreflight.LOCKDOWN).orElseThrow().ok();
    return new PreflightReport(
        r.checks().stream()
            .map(
                c ->
                    !c.name().equals(NodePreflight.LOCKDOWN)
                        ? c
                        : wasOk
                            ? new PreflightCheck(
                                c.name(),
                                false,
                                "integrity: bpf_probe_write_user is forbidden, so trace context"
                                    + " cannot be written into outgoing requests")
                            : new PreflightCheck(c.name(), true, "none"))
            .toList());
  }

  private static OdigletConfig clusterMode(String node) {
    return new OdigletConfig(
        node,
        false,
        Path.of("/proc"),
        "/var/odigos",
        Duration.ofSeconds(1),
        Set.of(4317),
        Duration.ofSeconds(60));
  }

  /** What the instrumentor writes for a Go container it decided to instrument (or not). */
  private static InstrumentationConfig goConfig(String ns, String deployment, boolean enabled) {
    return GoConfigs.forDeployment(ns, deployment, enabled);
  }

  /**
   * A pod of Deployment {@code deployment} (through its ReplicaSet) on {@code node} whose container
   * "app" is the process: placed in the container's kubepods cgroup.
   */
  private Pod podFor(String ns, String node, String deployment, Process process)
      throws IOException {
    String containerId = HexFormat.of().formatHex(randomBytes(32));
    String hash = "6f7d8c9b5";
    Pod pod =
        admin
            .pods()
            .inNamespace(ns)
            .resource(
                new PodBuilder()
                    .withNewMetadata()
                    .withName(deployment + "-" + hash + "-x2x4q")
                    .withLabels(Map.of("pod-template-hash", hash))
                    .addNewOwnerReference()
                    .withApiVersion("apps/v1")
                    .withKind("ReplicaSet")
                    .withName(deployment + "-" + hash)
                    .withUid(UUID.randomUUID().toString())
                    .withController(true)
                    .endOwnerReference()
                    .endMetadata()
                    .withNewSpec()
                    .withNodeName(node)
                    .addNewContainer()
                    .withName("app")
                    .withImage("shop/" + deployment + ":1")
                    .endContainer()
                    .endSpec()
                    .build())
            .create();
    pod.setStatus(
        new PodStatusBuilder()
            .withPhase("Running")
            .addNewContainerStatus()
            .withName("app")
            .withImage("shop/" + deployment + ":1")
            .withImageID("shop/" + deployment + "@sha256:00")
            .withReady(true)
            .withRestartCount(0)
            .withContainerID("containerd://" + containerId)
            .endContainerStatus()
            .build());
    pod = admin.pods().resource(pod).updateStatus();
    String uid = pod.getMetadata().getUid();
    Path podCgroup = CGROUP_V1_PIDS.resolve("kubepods/besteffort/pod" + uid);
    Path containerCgroup = podCgroup.resolve(containerId);
    Files.createDirectories(containerCgroup);
    for (Path p :
        List.of(
            CGROUP_V1_PIDS.resolve("kubepods"),
            CGROUP_V1_PIDS.resolve("kubepods/besteffort"),
            podCgroup,
            containerCgroup)) {
      if (!cgroups.contains(p)) {
        cgroups.add(p);
      }
    }
    Files.writeString(containerCgroup.resolve("cgroup.procs"), Long.toString(process.pid()));
    return pod;
  }

  private Process start(String... command) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    processes.add(p);
    return p;
  }

  /** A Go program with no net/http, gRPC or database/sql that keeps running (built once). */
  private static synchronized Path tinyGoProgram() throws Exception {
    Path binary = tmp.resolve("tiny-go");
    if (Files.isExecutable(binary)) {
      return binary;
    }
    Path mod = Files.createDirectories(tmp.resolve("tiny"));
    Files.writeString(mod.resolve("go.mod"), "module example.com/tiny\n\ngo 1.21\n");
    Files.writeString(
        mod.resolve("main.go"),
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\n"
            + "func main() {\n\tfmt.Println(\"no net/http here\")\n\ttime.Sleep(10 * time.Minute)\n}\n");
    ProcessBuilder pb =
        new ProcessBuilder("go", "build", "-o", binary.toString(), ".")
            .directory(mod.toFile())
            .redirectErrorStream(true);
    pb.environment().put("GOTOOLCHAIN", "local");
    pb.environment().put("GOFLAGS", "-buildvcs=false");
    pb.environment().put("CGO_ENABLED", "0");
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new IllegalStateException("go is missing: install Go (see testbed/install.sh)", e);
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as("go build:\n" + out).isZero();
    return binary;
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    ThreadLocalRandom.current().nextBytes(b);
    return b;
  }
}
