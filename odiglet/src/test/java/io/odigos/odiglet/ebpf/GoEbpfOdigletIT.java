package io.odigos.odiglet.ebpf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.odiglet.HostModeConfigs;
import io.odigos.odiglet.Odiglet;
import io.odigos.odiglet.ebpf.attach.GoAttachOutcome;
import io.odigos.odiglet.ebpf.golang.GoServices;
import io.odigos.odiglet.ebpf.preflight.NodePreflight;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.Otelcol;
import io.odigos.testbed.OtlpSink;
import io.odigos.testbed.WithRealApiServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The odiglet as its Main runs it (host mode, real API server): a Go process labelled as a
 * workload's container is probed once the workload's InstrumentationConfig enables the Go distro
 * for that container (the instrumentor's decision), its spans reach the collector with the
 * workload's attributes, and the probes go away when the decision is withdrawn (the Source
 * removed), while the process keeps running untouched.
 */
@WithRealApiServer
class GoEbpfOdigletIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void aGoWorkloadIsProbedWhileItsConfigEnablesGoAndLeftWhenItNoLongerDoes(ApiServer server)
      throws Exception {
    KubernetesClient client = server.client();
    String ns = server.createNamespace("shop");
    Path binary = GoServices.builds().getLast().unstripped();
    int port = GoServiceProcesses.freePort();
    ProcessBuilder pb =
        new ProcessBuilder(binary.toString(), "-mode=http-backend", "-listen=127.0.0.1:" + port);
    pb.environment().put("ODIGOS_HOST_WORKLOAD", ns + "/Deployment/greeter/app");
    pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process greeter = pb.start();
    Otelcol otelcol = Otelcol.fromTestbed();
    try (OtlpSink sink = OtlpSink.start(otelcol)) {
      String endpoint = sink.httpEndpoint();
      var go =
          GoEbpf.start(
              new EbpfSettings(true, endpoint, Duration.ofMillis(100)),
              NodePreflight.system().run());
      assertThat(go).as("eBPF Go instrumentation must start on this machine").isPresent();
      try (Odiglet odiglet =
          Odiglet.start(server.newClient(), HostModeConfigs.scanningEverySecond(), go)) {
        client.resource(config(ns, true)).create();

        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    odiglet.go().orElseThrow().reconcileCount() > 0
                        && odiglet.go().orElseThrow().outcomes().get((int) greeter.pid())
                            instanceof GoAttachOutcome.Attached);
        await()
            .atMost(Duration.ofSeconds(20))
            .pollInterval(Duration.ofMillis(300))
            .until(
                () -> {
                  hello(port);
                  return sink.spans().stream()
                      .anyMatch(s -> "greeter".equals(s.resource().get("service.name")));
                });
        var span =
            sink.spans().stream()
                .filter(s -> "greeter".equals(s.resource().get("service.name")))
                .findFirst()
                .orElseThrow();
        assertThat(span.resource())
            .containsEntry("k8s.namespace.name", ns)
            .containsEntry("k8s.deployment.name", "greeter")
            .containsEntry("k8s.container.name", "app")
            .containsEntry("k8s.node.name", "sandbox");
        assertThat(span.attributes()).containsEntry("url.path", "/hello");

        // the Source goes: the instrumentor turns the agent off, the odiglet detaches
        client
            .resources(InstrumentationConfig.class)
            .inNamespace(ns)
            .withName("deployment-greeter")
            .edit(
                c -> {
                  c.getSpec().getContainers().getFirst().setAgentEnabled(false);
                  return c;
                });
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> !odiglet.go().orElseThrow().outcomes().containsKey((int) greeter.pid()));
        int before = sink.spans().size();
        hello(port);
        Thread.sleep(1500);
        assertThat(sink.spans()).hasSize(before);
        assertThat(greeter.isAlive()).isTrue();
      }
    } finally {
      greeter.destroyForcibly().waitFor();
    }
  }

  private static void hello(int port) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hello")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
  }

  private static InstrumentationConfig config(String ns, boolean enabled) {
    // what the instrumentor writes for a Go container it decided to instrument
    return GoConfigs.forDeployment(ns, "greeter", enabled);
  }
}
