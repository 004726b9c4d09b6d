package io.odigos.testbed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the README's set-up command, {@code testbed/up.sh}, as a user would (under its own cluster
 * name), and checks that what it brings up is a working cluster: CRDs installed, simulated nodes
 * Ready, and a Deployment's pods scheduled onto them and Running (controller-manager, scheduler and
 * kwok all at work).
 */
class DevClusterIT {
  private static final Logger log = LoggerFactory.getLogger(DevClusterIT.class);
  private static final String CLUSTER = "odigos-it-" + ProcessHandle.current().pid();
  private static final TestbedLayout layout = TestbedLayout.discover();
  private static String upOutput;
  private static KubernetesClient client;

  @BeforeAll
  static void up() throws Exception {
    upOutput = run("testbed/up.sh");
    Matcher m = Pattern.compile("\\[up] kubeconfig: (\\S+)").matcher(upOutput);
    assertThat(m.find()).as("up.sh prints the kubeconfig path:%n%s", upOutput).isTrue();
    Path kubeconfig = Path.of(m.group(1));
    client =
        new KubernetesClientBuilder()
            .withConfig(Config.fromKubeconfig(Files.readString(kubeconfig)))
            .build();
  }

  @AfterAll
  static void down() throws Exception {
    if (client != null) {
      client.close();
    }
    run("testbed/down.sh");
  }

  @Test
  void clusterRunsThePinnedKubernetesWithTheOdigosCrds() {
    assertThat(client.getKubernetesVersion().getGitVersion())
        .isEqualTo("v" + layout.kubernetesVersion());
    List<String> crds =
        client.apiextensions().v1().customResourceDefinitions().list().getItems().stream()
            .map(c -> c.getMetadata().getName())
            .filter(n -> n.endsWith(".odigos.io"))
            .toList();
    assertThat(crds)
        .contains(
            "sources.odigos.io", "destinations.odigos.io", "instrumentationconfigs.odigos.io");
    assertThat(client.namespaces().withName("odigos-system").get()).isNotNull();
  }

  @Test
  void deploymentPodsAreScheduledOntoSimulatedNodesAndRun() {
    String ns = "default";
    client
        .apps()
        .deployments()
        .inNamespace(ns)
        .resource(
            new DeploymentBuilder()
                .withNewMetadata()
                .withName("demo")
                .endMetadata()
                .withNewSpec()
                .withReplicas(2)
                .withNewSelector()
                .withMatchLabels(Map.of("app", "demo"))
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .withLabels(Map.of("app", "demo"))
                .endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("demo")
                .withImage("demo:1")
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build())
        .create();

    List<Pod> pods =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> client.pods().inNamespace(ns).withLabel("app", "demo").list().getItems(),
                l ->
                    l.size() == 2
                        && l.stream().allMatch(p -> "Running".equals(p.getStatus().getPhase())));
    assertThat(pods).allSatisfy(p -> assertThat(p.getSpec().getNodeName()).startsWith("node-"));
    log.info("demo pods running on {}", pods.stream().map(p -> p.getSpec().getNodeName()).toList());
  }

  private static String run(String script) throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(layout.repoRoot().resolve(script).toString()).redirectErrorStream(true);
    pb.environment().put("ODIGOS_DEV_CLUSTER", CLUSTER);
    pb.environment().put("TESTBED_CACHE", layout.cache().toString());
    Process proc = pb.start();
    String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(proc.waitFor(5, TimeUnit.MINUTES)).isTrue();
    log.info("{} (exit {}):\n{}", script, proc.exitValue(), out.strip());
    assertThat(proc.exitValue()).as("%s failed:%n%s", script, out).isZero();
    return out;
  }
}
