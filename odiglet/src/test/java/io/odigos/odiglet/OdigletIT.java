package io.odigos.odiglet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationInstance;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.odiglet.instance.InstanceHealth;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The odiglet as its Main runs it, against a real API server and real processes: in host mode a
 * Java process labelled as a workload's container; in cluster mode a Python process placed in a
 * real (cgroup v1) {@code kubepods} cgroup of a pod the API server knows, found through its cgroup,
 * its pod's container status and the pod's ReplicaSet owner. Each ends with the exact runtime in
 * the InstrumentationConfig's status; the agent-carrying one also gets its InstrumentationInstance.
 */
@WithRealApiServer
class OdigletIT {
  private static final Path CGROUP_V1_PIDS = Path.of("/sys/fs/cgroup/pids");
  private final List<Process> processes = new ArrayList<>();
  private final List<Path> cgroups = new ArrayList<>();
  private Odiglet odiglet;

  @AfterEach
  void stop() throws IOException {
    if (odiglet != null) {
      odiglet.close();
    }
    processes.forEach(Process::destroyForcibly);
    for (Process p : processes) {
      try {
        p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    for (Path dir : cgroups.reversed()) {
      Files.deleteIfExists(dir);
    }
  }

  @Test
  void hostModeWritesTheExactJavaVersionOfALabelledProcess(ApiServer server) throws Exception {
    KubernetesClient client = server.client();
    String ns = server.createNamespace("shop");
    createConfig(client, ns, "deployment-checkout");
    String java = ProcessHandle.current().info().command().orElseThrow();
    Path src = Files.createTempDirectory("odiglet-it").resolve("Sleep.java");
    Files.writeString(
        src,
        "class Sleep { public static void main(String[] a) throws Exception { Thread.sleep(300_000); } }");
    start(Map.of("ODIGOS_HOST_WORKLOAD", ns + "/Deployment/checkout/app"), java, src.toString());
    odiglet = Odiglet.start(server.newClient(), HostModeConfigs.scanningEverySecond());

    RuntimeDetailsByContainer details = awaitDetails(client, ns, "deployment-checkout");
    assertThat(details.getContainerName()).isEqualTo("app");
    assertThat(details.getLanguage().wireName()).isEqualTo("java");
    assertThat(details.getRuntimeVersion()).isEqualTo(javaVersion(java));
  }

  @Test
  void clusterModeFindsAPodsProcessThroughItsCgroupAndReportsItsAgent(ApiServer server)
      throws Exception {
    if (!Files.isWritable(CGROUP_V1_PIDS)) {
      throw new IllegalStateException(
          "this test places a process in a kubepods cgroup under "
              + CGROUP_V1_PIDS
              + " (cgroup v1 pids hierarchy, as root); none is writable here");
    }
    KubernetesClient client = server.client();
    String ns = server.createNamespace("shop");
    createConfig(client, ns, "deployment-cart");
    String containerId = HexFormat.of().formatHex(randomBytes(32));
    Pod pod = createPod(client, ns, containerId);
    String uid = pod.getMetadata().getUid();

    // a Python process that carries the agent hook (an absent PYTHONPATH entry is harmless)
    Process python =
        start(
            Map.of("PYTHONPATH", "/var/odigos/python", "OTEL_SERVICE_NAME", "cart"),
            "python3",
            "-c",
            "import time; time.sleep(300)");
    Path podCgroup = CGROUP_V1_PIDS.resolve("kubepods/besteffort/pod" + uid);
    Path containerCgroup = podCgroup.resolve(containerId);
    Files.createDirectories(containerCgroup);
    cgroups.addAll(
        List.of(
            CGROUP_V1_PIDS.resolve("kubepods"),
            CGROUP_V1_PIDS.resolve("kubepods/besteffort"),
            podCgroup,
            containerCgroup));
    Files.writeString(containerCgroup.resolve("cgroup.procs"), Long.toString(python.pid()));

    var config =
        new OdigletConfig(
            "node-a",
            false,
            Path.of("/proc"),
            "/var/odigos",
            Duration.ofSeconds(1),
            java.util.Set.of(4317),
            Duration.ofSeconds(60));
    odiglet = Odiglet.start(server.newClient(), config);

    RuntimeDetailsByContainer details = awaitDetails(client, ns, "deployment-cart");
    assertThat(details.getContainerName()).isEqualTo("cart");
    assertThat(details.getLanguage().wireName()).isEqualTo("python");
    assertThat(details.getRuntimeVersion()).isEqualTo(pythonVersion());

    InstrumentationInstance instance =
        await()
            .atMost(ApiServer.patience())
            .until(
                () ->
                    client
                        .resources(InstrumentationInstance.class)
                        .inNamespace(ns)
                        .withName(pod.getMetadata().getName() + "-" + python.pid())
                        .get(),
                i -> i != null && i.getStatus() != null);
    assertThat(instance.getSpec().getContainerName()).isEqualTo("cart");
    assertThat(instance.getStatus().getReason()).isEqualTo(InstanceHealth.WAITING_FOR_FIRST_EXPORT);
    assertThat(instance.getStatus().getIdentifyingAttributes())
        .extracting(a -> a.key() + "=" + a.value())
        .contains("service.name=cart", "k8s.pod.name=" + pod.getMetadata().getName());
  }

  private static RuntimeDetailsByContainer awaitDetails(
      KubernetesClient client, String ns, String name) {
    InstrumentationConfig ic =
        await()
            .atMost(ApiServer.patience())
            .until(
                () ->
                    client
                        .resources(InstrumentationConfig.class)
                        .inNamespace(ns)
                        .withName(name)
                        .get(),
                c ->
                    c.getStatus() != null
                        && c.getStatus().getRuntimeDetailsByContainer() != null
                        && !c.getStatus().getRuntimeDetailsByContainer().isEmpty()
                        // a scan may catch the process between fork and exec (the JDK's
                        // spawn helper still runs): the next scan corrects it
                        && c.getStatus().getRuntimeDetailsByContainer().getFirst().getLanguage()
                            != null
                        && !c.getStatus()
                            .getRuntimeDetailsByContainer()
                            .getFirst()
                            .getLanguage()
                            .wireName()
                            .equals("unknown"));
    return ic.getStatus().getRuntimeDetailsByContainer().getFirst();
  }

  private static void createConfig(KubernetesClient client, String ns, String name) {
    InstrumentationConfig ic = new InstrumentationConfig();
    ic.getMetadata().setName(name);
    ic.getMetadata().setNamespace(ns);
    var spec = new io.odigos.model.v1alpha1.InstrumentationConfigSpec();
    spec.setAgentInjectionEnabled(true);
    ic.setSpec(spec);
    client.resource(ic).create();
  }

  /** A pod of Deployment "cart" (through its ReplicaSet) on node-a, its container running. */
  private static Pod createPod(KubernetesClient client, String ns, String containerId) {
    Pod pod =
        client
            .pods()
            .inNamespace(ns)
            .resource(
                new PodBuilder()
                    .withNewMetadata()
                    .withName("cart-6f7d8c9b5-x2x4q")
                    .withLabels(Map.of("pod-template-hash", "6f7d8c9b5"))
                    .addNewOwnerReference()
                    .withApiVersion("apps/v1")
                    .withKind("ReplicaSet")
                    .withName("cart-6f7d8c9b5")
                    .withUid(UUID.randomUUID().toString())
                    .withController(true)
                    .endOwnerReference()
                    .endMetadata()
                    .withNewSpec()
                    .withNodeName("node-a")
                    .addNewContainer()
                    .withName("cart")
                    .withImage("shop/cart:1")
                    .endContainer()
                    .endSpec()
                    .build())
            .create();
    pod.setStatus(
        new PodStatusBuilder()
            .withPhase("Running")
            .addNewContainerStatus()
            .withName("cart")
            .withImage("shop/cart:1")
            .withImageID("shop/cart@sha256:00")
            .withReady(true)
            .withRestartCount(0)
            .withContainerID("containerd://" + containerId)
            .endContainerStatus()
            .build());
    return client.pods().resource(pod).updateStatus();
  }

  private Process start(Map<String, String> env, String... command) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(new HashMap<>(env));
    Process p = pb.start();
    processes.add(p);
    return p;
  }

  /** What the JVM itself says its version is. */
  private static String javaVersion(String java) throws Exception {
    return match(run(java, "-XshowSettings:properties", "-version"), "java\\.version = (\\S+)");
  }

  private static String pythonVersion() throws Exception {
    return run("python3", "-c", "import platform; print(platform.python_version())").strip();
  }

  private static String match(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      throw new AssertionError("no " + regex + " in: " + text);
    }
    return m.group(1);
  }

  private static String run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    return out;
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    ThreadLocalRandom.current().nextBytes(b);
    return b;
  }
}
