package io.odigos.console.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.odigos.console.core.Activity;
import io.odigos.console.core.Tasks;
import io.odigos.console.describe.WorkloadStory.InstanceLine;
import io.odigos.model.v1alpha1.InstrumentationInstance;
import io.odigos.model.v1alpha1.InstrumentationInstanceSpec;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Describe shows the InstrumentationInstance the odiglet writes for an eBPF-probed Go process (its
 * labels, owner and status exactly as the odiglet's InstanceWriter sets them) in the Agents tab: an
 * unsupported Go version as unhealthy with the reason code and message, then the probes attached as
 * healthy, live.
 */
@WithRealApiServer
@ExtendWith(ApplicationExtension.class)
class GoInstanceDescribeIT {
  private static ApiServer api;
  private String namespace;
  private ExecutorService pool;
  private DescribeViewModel model;

  @BeforeAll
  static void server(ApiServer server) {
    api = server;
  }

  @Start
  void start(Stage stage) {
    namespace = api.createNamespace("describe-go");
    pool = Executors.newFixedThreadPool(2);
    model = new DescribeViewModel(new Tasks(pool, Platform::runLater, new Activity()));
    DescribeView view = new DescribeView(model);
    stage.setScene(new Scene((Parent) view.node(), 1100, 700));
    stage.show();
  }

  @AfterEach
  void close() {
    Platform.runLater(model::close);
    pool.shutdownNow();
  }

  @Test
  void aGoProcessesInstanceShowsItsEbpfReasonInTheAgentsTab(FxRobot robot) throws Exception {
    var client = api.client();
    client
        .apps()
        .deployments()
        .inNamespace(namespace)
        .resource(
            new DeploymentBuilder()
                .withNewMetadata()
                .withName("greeter")
                .endMetadata()
                .withNewSpec()
                .withNewSelector()
                .addToMatchLabels("app", "greeter")
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .addToLabels("app", "greeter")
                .endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("app")
                .withImage("shop/greeter:1")
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build())
        .create();
    // what the odiglet's InstanceWriter creates for a probed Go process
    InstrumentationInstance ii = new InstrumentationInstance();
    ii.setMetadata(
        new ObjectMetaBuilder()
            .withName("greeter-6f7d8c9b5-x2x4q-4242")
            .withNamespace(namespace)
            .withLabels(
                Map.of(
                    "odigos.io/node", "node-a",
                    "odigos.io/instrumented-app", "deployment-greeter",
                    "odigos.io/probe", "ebpf-go"))
            .addNewOwnerReference()
            .withApiVersion("v1")
            .withKind("Pod")
            .withName("greeter-6f7d8c9b5-x2x4q")
            .withUid(UUID.randomUUID().toString())
            .endOwnerReference()
            .build());
    ii.setSpec(new InstrumentationInstanceSpec("app"));
    client.resource(ii).create();
    setStatus(
        false,
        "UnsupportedGoVersion",
        "go1.19.3 is older than go1.21, the oldest Go the probes support");

    Platform.runLater(
        () -> {
          model.useSource(new KubeStorySource(api.newClient()));
          model.describe(new WorkloadKey(namespace, "Deployment", "greeter"));
        });
    fx(
        () -> {
          TabPane tabs = robot.lookup("#describeTabs").queryAs(TabPane.class);
          tabs.getSelectionModel()
              .select(
                  tabs.getTabs().stream()
                      .filter(t -> "Agents".equals(t.getText()))
                      .findFirst()
                      .orElseThrow());
          return null;
        });
    InstanceLine refused = awaitRow(robot, l -> "UnsupportedGoVersion".equals(l.reason()));
    assertThat(refused.health()).isEqualTo("unhealthy");
    assertThat(refused.pod()).isEqualTo("greeter-6f7d8c9b5-x2x4q");
    assertThat(refused.container()).isEqualTo("app");
    assertThat(refused.message()).startsWith("go1.19.3 is older than go1.21");

    setStatus(true, "EbpfProbesAttached", "eBPF probes attached (HTTP server; 4 uprobes)");
    InstanceLine attached = awaitRow(robot, l -> "EbpfProbesAttached".equals(l.reason()));
    assertThat(attached.health()).isEqualTo("healthy");
    assertThat(attached.message()).contains("4 uprobes");
  }

  /** As the odiglet writes health: a merge patch of the status subresource. */
  private void setStatus(boolean healthy, String reason, String message) {
    String patch =
        io.fabric8.kubernetes.client.utils.Serialization.asJson(
            Map.of(
                "status",
                Map.of(
                    "healthy",
                    healthy,
                    "running",
                    true,
                    "reason",
                    reason,
                    "message",
                    message,
                    "lastStatusTime",
                    java.time.Instant.now()
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .toString())));
    api.client()
        .resources(InstrumentationInstance.class)
        .inNamespace(namespace)
        .withName("greeter-6f7d8c9b5-x2x4q-4242")
        .subresource("status")
        .patch(PatchContext.of(PatchType.JSON_MERGE), patch);
  }

  @SuppressWarnings("unchecked")
  private static InstanceLine awaitRow(
      FxRobot robot, java.util.function.Predicate<InstanceLine> match) {
    return await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                fx(
                    () -> {
                      List<InstanceLine> rows =
                          List.copyOf(
                              robot
                                  .lookup("#describeInstances")
                                  .queryAs(TableView.class)
                                  .getItems());
                      return rows.stream().filter(match).findFirst().orElse(null);
                    }),
            r -> r != null);
  }

  private static <T> T fx(Callable<T> read) {
    try {
      return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
