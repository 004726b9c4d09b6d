package io.odigos.bench.odiglet;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigSpec;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.TestbedLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The odiglet's resident memory at rest: {@code OdigletMain} in its own JVM (host mode, the flags
 * the DaemonSet uses), connected to a real kube-apiserver, scanning every second with one labelled
 * workload process to inspect, measured after it has settled; the baseline is an idle JVM with the
 * same flags, measured the same way. Usage: {@code bench/run.sh odiglet}.
 */
public final class OdigletRssBench {
  /** The odiglet's JVM options, as its image runs it ({@code odiglet/jvm.options}). */
  static List<String> jvmOptions() throws IOException {
    return Files.readAllLines(Path.of("odiglet/jvm.options")).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  /** glibc's malloc keeps one arena per core by default; two are plenty for the odiglet. */
  static final Map<String, String> ENV = Map.of("MALLOC_ARENA_MAX", "2");

  static final long SETTLE_MS = 20_000;
  static final double TARGET_MB = 80;

  private OdigletRssBench() {}

  public static void main(String[] args) throws Exception {
    String java = ProcessHandle.current().info().command().orElseThrow();
    List<String> jvmFlags = new ArrayList<>(jvmOptions());
    if (Boolean.getBoolean("nmt")) {
      jvmFlags.add("-XX:NativeMemoryTracking=summary");
    }
    String classpath = System.getProperty("java.class.path");
    List<Process> started = new ArrayList<>();
    try (ApiServer server = ApiServer.start(TestbedLayout.discover())) {
      KubernetesClient client = server.client();
      String ns = server.createNamespace("shop");
      InstrumentationConfig ic = new InstrumentationConfig();
      ic.getMetadata().setName("deployment-checkout");
      ic.getMetadata().setNamespace(ns);
      InstrumentationConfigSpec spec = new InstrumentationConfigSpec();
      spec.setAgentInjectionEnabled(true);
      ic.setSpec(spec);
      client.resource(ic).create();
      Path kubeconfig = Files.createTempFile("odiglet-bench", ".kubeconfig");
      Files.writeString(kubeconfig, server.kubeconfigYaml());

      // the workload the odiglet inspects each second
      ProcessBuilder workload = new ProcessBuilder("sleep", "600");
      workload.environment().put("ODIGOS_HOST_WORKLOAD", ns + "/Deployment/checkout/app");
      started.add(workload.start());

      List<String> odigletCommand = new ArrayList<>(List.of(java));
      odigletCommand.addAll(jvmFlags);
      odigletCommand.addAll(List.of("-cp", classpath, "io.odigos.odiglet.OdigletMain"));
      ProcessBuilder odiglet = new ProcessBuilder(odigletCommand).redirectErrorStream(true);
      odiglet.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      odiglet
          .environment()
          .putAll(
              Map.of(
                  "KUBECONFIG", kubeconfig.toString(),
                  "ODIGOS_HOST_MODE", "true",
                  "NODE_NAME", "bench-node",
                  "ODIGOS_SCAN_INTERVAL_SECONDS", "1"));
      List<String> idleCommand = new ArrayList<>(List.of(java));
      idleCommand.addAll(jvmFlags);
      idleCommand.addAll(List.of("-cp", classpath, IdleJvm.class.getName()));

      Process odigletProcess = odiglet.start();
      started.add(odigletProcess);
      ProcessBuilder idleJvm = new ProcessBuilder(idleCommand);
      idleJvm.environment().putAll(ENV);
      Process idle = idleJvm.start();
      started.add(idle);
      Thread.sleep(SETTLE_MS);
      if (Boolean.getBoolean("nmt")) {
        new ProcessBuilder(
                java.replace("bin/java", "bin/jcmd"),
                Long.toString(odigletProcess.pid()),
                "VM.native_memory",
                "summary")
            .inheritIO()
            .start()
            .waitFor();
      }
      if (!odigletProcess.isAlive()) {
        throw new IllegalStateException("the odiglet exited with " + odigletProcess.exitValue());
      }
      var reported =
          client
              .resources(InstrumentationConfig.class)
              .inNamespace(ns)
              .withName("deployment-checkout")
              .get();
      boolean working =
          reported.getStatus() != null
              && reported.getStatus().getRuntimeDetailsByContainer() != null;
      double odigletMb = rssMb(odigletProcess.pid());
      double idleMb = rssMb(idle.pid());
      System.out.printf(
          "%nodiglet at rest (host mode, real kube-apiserver %s, scanning every 1 s, JVM %s)%n"
              + "baseline, idle JVM with the same flags: RSS %.1f MB%n"
              + "odiglet after %d s: RSS %.1f MB (%.2fx baseline; target <= %.0f MB: %s); "
              + "runtime details written: %s%n",
          server.gitVersion(),
          String.join(" ", jvmFlags),
          idleMb,
          SETTLE_MS / 1000,
          odigletMb,
          odigletMb / idleMb,
          TARGET_MB,
          odigletMb <= TARGET_MB ? "met" : "MISSED",
          working ? "yes" : "NO");
    } finally {
      started.forEach(Process::destroyForcibly);
    }
    System.exit(0);
  }

  /** VmRSS of a process, in MB. */
  static double rssMb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    throw new IOException("no VmRSS for pid " + pid);
  }
}
