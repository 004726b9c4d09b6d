package io.odigos.testbed;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A kwok dev cluster brought up by {@code testbed/up.sh} under its own name (kube-apiserver, etcd,
 * controller-manager, scheduler, kwok with simulated nodes), and taken down by {@code down.sh} on
 * close. Unlike the bare API server it has workload controllers, garbage collection and Running
 * pods.
 */
public final class DevCluster implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DevCluster.class);

  private final String name;
  private final TestbedLayout layout;
  private final String kubeconfigYaml;

  private DevCluster(String name, TestbedLayout layout, String kubeconfigYaml) {
    this.name = name;
    this.layout = layout;
    this.kubeconfigYaml = kubeconfigYaml;
  }

  /** Runs up.sh for a cluster named {@code prefix-<pid>}; fails with up.sh's output. */
  public static DevCluster up(String prefix) {
    TestbedLayout layout = TestbedLayout.discover();
    String name = prefix + "-" + ProcessHandle.current().pid();
    String out = run(layout, name, "testbed/up.sh");
    Matcher m = Pattern.compile("\\[up] kubeconfig: (\\S+)").matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("up.sh printed no kubeconfig path:\n" + out);
    }
    try {
      return new DevCluster(name, layout, Files.readString(Path.of(m.group(1))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String name() {
    return name;
  }

  public String kubeconfigYaml() {
    return kubeconfigYaml;
  }

  /** A new client; the caller closes it. */
  public KubernetesClient newClient() {
    return new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(kubeconfigYaml)).build();
  }

  @Override
  public void close() {
    run(layout, name, "testbed/down.sh");
  }

  private static String run(TestbedLayout layout, String cluster, String script) {
    ProcessBuilder pb =
        new ProcessBuilder(layout.repoRoot().resolve(script).toString()).redirectErrorStream(true);
    pb.environment().put("ODIGOS_DEV_CLUSTER", cluster);
    pb.environment().put("TESTBED_CACHE", layout.cache().toString());
    try {
      Process proc = pb.start();
      String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!proc.waitFor(5, TimeUnit.MINUTES)) {
        proc.destroyForcibly();
        throw new IllegalStateException(script + " did not finish within 5 minutes:\n" + out);
      }
      LOG.info("{} (exit {}):\n{}", script, proc.exitValue(), out.strip());
      if (proc.exitValue() != 0) {
        throw new IllegalStateException(
            script + " failed (exit " + proc.exitValue() + "):\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
