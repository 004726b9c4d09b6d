package io.odigos.odiglet.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.odigos.model.v1alpha1.InstrumentationInstance;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * An agent process's whole life as InstrumentationInstance on a real API server, with real
 * processes and a real TCP connection standing for the agent's export: seen → waiting; connected to
 * the collector port → healthy; exited → unhealthy with the reason; pod gone → deleted. And a
 * process that never connects turns unhealthy once the grace has passed.
 */
@WithRealApiServer
class InstanceReporterIT {
  private static final Duration GRACE = Duration.ofSeconds(30);

  @Test
  void anAgentProcessFromFirstSightToItsPodsDeletion(ApiServer server) throws Exception {
    KubernetesClient client = server.client();
    String ns = server.createNamespace("shop");
    Pod pod = createPod(client, ns, "checkout-7c9d-abcde");
    Set<String> livePods = ConcurrentHashMap.newKeySet();
    livePods.add(pod.getMetadata().getUid());
    MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    try (ServerSocket collector = new ServerSocket(0);
        ServerSocket notYet = new ServerSocket(0);
        ChildProcesses children = new ChildProcesses()) {
      var reporter =
          new InstanceReporter(
              client,
              "node-a",
              Path.of("/proc"),
              Set.of(collector.getLocalPort()),
              () -> Set.copyOf(livePods),
              clock,
              GRACE);
      // an agent process that has not exported yet (its only connection goes elsewhere)
      Process before = children.connectedTo(notYet.getLocalPort());
      AgentProcess agent = agentProcess(ns, pod, before.pid());
      reporter.report(List.of(agent));
      String name = pod.getMetadata().getName() + "-" + before.pid();
      InstrumentationInstance created = get(client, ns, name);
      assertThat(created.getSpec().getContainerName()).isEqualTo("app");
      assertThat(created.getMetadata().getLabels())
          .containsEntry(InstanceWriter.NODE_LABEL, "node-a")
          .containsEntry(InstanceWriter.WORKLOAD_LABEL, "deployment-checkout");
      assertThat(created.getMetadata().getOwnerReferences().getFirst().getUid())
          .isEqualTo(pod.getMetadata().getUid());
      assertThat(created.getStatus().getHealthy()).isNull();
      assertThat(created.getStatus().getReason())
          .isEqualTo(InstanceHealth.WAITING_FOR_FIRST_EXPORT);
      assertThat(created.getStatus().getIdentifyingAttributes())
          .contains(
              new io.odigos.model.v1alpha1.InstrumentationInstanceStatus.Attribute(
                  "service.name", "checkout"));

      // never exported within the grace: unhealthy, says why
      clock.advance(GRACE.plusSeconds(1));
      reporter.report(List.of(agent));
      assertThat(get(client, ns, name).getStatus().getReason())
          .isEqualTo(InstanceHealth.NO_TELEMETRY);
      assertThat(get(client, ns, name).getStatus().getHealthy()).isFalse();

      // a second agent process of the pod that connects to the collector: healthy
      Process exporting = children.connectedTo(collector.getLocalPort());
      AgentProcess second = agentProcess(ns, pod, exporting.pid());
      String secondName = pod.getMetadata().getName() + "-" + exporting.pid();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> {
                reporter.report(List.of(agent, second));
                var s = get(client, ns, secondName);
                return s != null && Boolean.TRUE.equals(s.getStatus().getHealthy());
              });
      assertThat(get(client, ns, secondName).getStatus().getReason())
          .isEqualTo(InstanceHealth.EXPORTING);
      assertThat(reporter.report(List.of(agent, second)))
          .as("a steady node writes nothing")
          .isEmpty();

      // the healthy process exits while the pod stays
      exporting.destroyForcibly().waitFor();
      reporter.report(List.of(agent));
      var exited = get(client, ns, secondName);
      assertThat(exited.getStatus().getHealthy()).isFalse();
      assertThat(exited.getStatus().getRunning()).isFalse();
      assertThat(exited.getStatus().getReason()).isEqualTo(InstanceHealth.PROCESS_EXITED);

      // the pod goes: its instances go with it
      client
          .pods()
          .inNamespace(ns)
          .withName(pod.getMetadata().getName())
          .withGracePeriod(0)
          .delete();
      livePods.clear();
      before.destroyForcibly().waitFor();
      reporter.report(List.of());
      assertThat(get(client, ns, name)).isNull();
      assertThat(get(client, ns, secondName)).isNull();
    }
  }

  private static AgentProcess agentProcess(String ns, Pod pod, long pid) {
    return new AgentProcess(
        ns,
        pod.getMetadata().getName(),
        pod.getMetadata().getUid(),
        "app",
        (int) pid,
        pid * 7,
        "deployment-checkout",
        Map.of("service.name", "checkout", "process.pid", Long.toString(pid)));
  }

  private static InstrumentationInstance get(KubernetesClient client, String ns, String name) {
    return client.resources(InstrumentationInstance.class).inNamespace(ns).withName(name).get();
  }

  private static Pod createPod(KubernetesClient client, String ns, String name) {
    return client
        .pods()
        .inNamespace(ns)
        .resource(
            new PodBuilder()
                .withNewMetadata()
                .withName(name)
                .endMetadata()
                .withNewSpec()
                .withNodeName("node-a")
                .addNewContainer()
                .withName("app")
                .withImage("shop/checkout:1")
                .endContainer()
                .endSpec()
                .build())
        .create();
  }

  /** A clock the test moves forward. */
  private static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
