package io.odigos.console.collectors;

import static io.odigos.console.forms.PipelineUi.fx;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.odigos.console.forms.PipelineUi;
import io.odigos.console.support.EbpfNodes;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.CollectorsGroupRole;
import io.odigos.model.v1alpha1.CollectorsGroupSpec;
import io.odigos.model.v1alpha1.CollectorsGroupStatus;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Collectors view follows a ConfigMap and a CollectorsGroup that the test writes, and the
 * odiglet's {@code OdigosEbpfReady} condition on the cluster's Nodes.
 */
@WithRealApiServer
@ExtendWith(ApplicationExtension.class)
class CollectorsUiIT {
  private static ApiServer api;
  private String namespace;
  private PipelineUi ui;

  @BeforeAll
  static void server(ApiServer server) {
    api = server;
  }

  @Start
  void start(Stage stage) {
    namespace = api.createNamespace("collectors-ui");
    ui = PipelineUi.show(stage, new CollectorsFeature(), api, namespace);
  }

  @AfterEach
  void close() {
    ui.close();
  }

  private static String shown(FxRobot robot, String id) {
    return fx(
        () -> {
          Optional<Node> n = robot.lookup(id).tryQuery();
          return n.map(x -> x instanceof TextArea t ? t.getText() : ((Labeled) x).getText())
              .orElse("");
        });
  }

  @Test
  void showsTheRenderedConfigLive(FxRobot robot) {
    var configMaps = api.client().configMaps().inNamespace(namespace);
    configMaps
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("odigos-gateway")
                .endMetadata()
                .withData(Map.of("collector-conf.yaml", "receivers:\n  otlp: {}\n# version one\n"))
                .build())
        .create();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> shown(robot, "#odigos-gateway-config"), t -> t.contains("version one"));

    configMaps
        .withName("odigos-gateway")
        .edit(
            cm -> {
              cm.setData(Map.of("collector-conf.yaml", "receivers:\n  otlp: {}\n# version two\n"));
              return cm;
            });
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> shown(robot, "#odigos-gateway-config"), t -> t.contains("version two"));

    CollectorsGroup g = new CollectorsGroup();
    g.setMetadata(
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
            .withName("odigos-gateway")
            .withNamespace(namespace)
            .build());
    CollectorsGroupSpec spec = new CollectorsGroupSpec();
    spec.setRole(CollectorsGroupRole.CLUSTER_GATEWAY);
    spec.setCollectorOwnMetricsPort(8888);
    spec.setResourcesSettings(
        io.fabric8.kubernetes.client.utils.Serialization.unmarshal(
            "{\"memoryRequestMiB\":256,\"memoryLimitMiB\":512,\"cpuRequestMillicores\":100,"
                + "\"cpuLimitMillicores\":500,\"gomemlimitMiB\":360,\"memoryLimiterLimitMiB\":400,"
                + "\"memoryLimiterSpikeLimitMiB\":80}",
            CollectorsGroupSpec.ResourcesSettings.class));
    g.setSpec(spec);
    var groups = api.client().resources(CollectorsGroup.class).inNamespace(namespace);
    CollectorsGroup created = groups.resource(g).create();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> shown(robot, "#odigos-gateway-status"), t -> t.equals("Not ready yet"));
    created.setStatus(new CollectorsGroupStatus());
    created.getStatus().setReady(true);
    groups.resource(created).updateStatus();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> shown(robot, "#odigos-gateway-status"), t -> t.startsWith("Ready"));
  }

  @Test
  void showsEachNodesEbpfConditionLive(FxRobot robot) {
    // node names are cluster-wide: unique per run
    String ready = namespace + "-ready";
    String off = namespace + "-off";
    createNode(ready);
    createNode(off);
    setEbpfCondition(
        ready,
        "True",
        "EbpfUsable",
        "eBPF usable, context propagation possible — kernel: 6.18.0; libbpf: libbpf 1.1");
    setEbpfCondition(
        off,
        "False",
        "EbpfUnavailable",
        "eBPF unusable: uprobes: no uprobe PMU — kernel: 5.4.0 [failed]");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> shown(robot, "#ebpf-" + ready + "-status"), t -> t.equals("Ready · EbpfUsable"));
    org.assertj.core.api.Assertions.assertThat(shown(robot, "#ebpf-" + ready + "-message"))
        .contains("kernel: 6.18.0")
        .contains("libbpf 1.1");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> shown(robot, "#ebpf-" + off + "-status"),
            t -> t.equals("Not ready · EbpfUnavailable"));
    org.assertj.core.api.Assertions.assertThat(shown(robot, "#ebpf-" + off + "-message"))
        .startsWith("eBPF unusable: uprobes: no uprobe PMU");

    // the odiglet's next report (lockdown switched on) shows up without a click
    setEbpfCondition(ready, "True", "ContextPropagationBlocked", "lockdown [failed]: integrity");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> shown(robot, "#ebpf-" + ready + "-status"),
            t -> t.equals("Ready · ContextPropagationBlocked"));
  }

  private static void createNode(String name) {
    EbpfNodes.create(api.client(), name);
  }

  private static void setEbpfCondition(String node, String status, String reason, String message) {
    EbpfNodes.setCondition(api.client(), node, status, reason, message);
  }
}
