package io.odigos.console.overview;

import static io.odigos.console.forms.PipelineUi.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.odigos.console.forms.PipelineUi;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.CollectorsGroupRole;
import io.odigos.model.v1alpha1.CollectorsGroupSpec;
import io.odigos.model.v1alpha1.CollectorsGroupStatus;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.DestinationSpec;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Overview draws what the test creates in a real API server, live. */
@WithRealApiServer
@ExtendWith(ApplicationExtension.class)
class OverviewUiIT {
  private static ApiServer api;
  private String namespace;
  private PipelineUi ui;

  @BeforeAll
  static void server(ApiServer server) {
    api = server;
  }

  @Start
  void start(Stage stage) {
    namespace = api.createNamespace("overview-ui");
    ui = PipelineUi.show(stage, new OverviewFeature(), api, namespace);
  }

  @AfterEach
  void close() {
    ui.close();
  }

  private static Optional<Node> byId(FxRobot robot, String id) {
    return fx(() -> robot.lookup(n -> id.equals(n.getId())).tryQuery());
  }

  @Test
  void aDestinationAndAReadyGatewayAppearWithTheirHealth(FxRobot robot) {
    Destination d = new Destination();
    d.setMetadata(new ObjectMetaBuilder().withName("debug-1").withNamespace(namespace).build());
    DestinationSpec spec = new DestinationSpec();
    spec.setType("debug");
    spec.setDestinationName("Debug log");
    spec.setData(Map.of("VERBOSITY", "basic"));
    spec.setSignals(List.of(ObservabilitySignal.TRACES));
    d.setSpec(spec);
    api.client().resources(Destination.class).inNamespace(namespace).resource(d).create();

    CollectorsGroup g = new CollectorsGroup();
    g.setMetadata(
        new ObjectMetaBuilder().withName("odigos-gateway").withNamespace(namespace).build());
    CollectorsGroupSpec gs = new CollectorsGroupSpec();
    gs.setRole(CollectorsGroupRole.CLUSTER_GATEWAY);
    gs.setCollectorOwnMetricsPort(8888);
    gs.setResourcesSettings(
        Serialization.unmarshal(
            "{\"memoryRequestMiB\":256,\"memoryLimitMiB\":512,\"cpuRequestMillicores\":100,"
                + "\"cpuLimitMillicores\":500,\"gomemlimitMiB\":360,\"memoryLimiterLimitMiB\":400,"
                + "\"memoryLimiterSpikeLimitMiB\":80}",
            CollectorsGroupSpec.ResourcesSettings.class));
    g.setSpec(gs);
    var groups = api.client().resources(CollectorsGroup.class).inNamespace(namespace);
    CollectorsGroup created = groups.resource(g).create();
    created.setStatus(new CollectorsGroupStatus());
    created.getStatus().setReady(true);
    groups.resource(created).updateStatus();

    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                byId(robot, "topo-gateway")
                    .map(n -> n.getStyleClass().contains("health-ok"))
                    .orElse(false));
    Node dest =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> byId(robot, "topo-dest/debug-1"), Optional::isPresent)
            .orElseThrow();
    assertThat(fx(() -> dest.getStyleClass())).contains("health-waiting");
    assertThat(byId(robot, "topo-node-collector").orElseThrow().getStyleClass())
        .contains("health-failed");
    // no gateway pod runs here: the edge says so (and why) instead of showing 0; the reason
    // follows the next scrape, every 5 s
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                byId(robot, "edge-gateway->dest/debug-1")
                    .map(
                        n ->
                            fx(
                                () ->
                                    ((Label) n).getText()
                                        + " | "
                                        + (((Label) n).getTooltip() == null
                                            ? ""
                                            : ((Label) n).getTooltip().getText())))
                    .orElse(""),
            t ->
                t.startsWith("metrics unreachable | ")
                    && t.contains("no running odigos-gateway pod"));
  }
}
