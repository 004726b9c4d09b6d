package io.odigos.testbed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
  private static final TestbedLayout layout = TestbedLayout.discover();
  private static DevCluster cluster;
  private static KubernetesClient client;

  @BeforeAll
  static void up() {
    cluster = DevCluster.up("odigos-it");
    client = cluster.newClient();
  }

  @AfterAll
  static void down() {
    if (client != null) {
      client.close();
    }
    if (cluster != null) {
      cluster.close();
    }
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
}
