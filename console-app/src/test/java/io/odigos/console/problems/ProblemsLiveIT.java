package io.odigos.console.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.odigos.console.support.RunningConsole;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigSpec;
import io.odigos.model.v1alpha1.InstrumentationConfigStatus;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A condition the test sets False through the status subresource appears with no click. */
@WithRealApiServer
@ExtendWith(ApplicationExtension.class)
class ProblemsLiveIT {
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private static ApiServer api;
  private static String odigosNs;
  private static String workloadNs;
  @TempDir static Path dir;
  private RunningConsole running;

  @BeforeAll
  static void cluster(ApiServer server) {
    api = server;
    odigosNs = server.createNamespace("console-odigos");
    workloadNs = server.createNamespace("console-shop");
  }

  @Start
  void start(Stage stage) {
    running = RunningConsole.show(stage, RunningConsole.kubeconfig(api, dir), odigosNs);
  }

  @AfterEach
  void stop() {
    running.close();
  }

  @Test
  void aFalseConditionAppearsWithinASecondWithoutAClick(FxRobot robot) {
    KubernetesClient client = api.client();
    InstrumentationConfig ic = new InstrumentationConfig();
    ic.getMetadata().setName("deployment-checkout");
    ic.getMetadata().setNamespace(workloadNs);
    InstrumentationConfigSpec spec = new InstrumentationConfigSpec();
    spec.setServiceName("checkout");
    spec.setAgentInjectionEnabled(true);
    ic.setSpec(spec);
    InstrumentationConfig created =
        client.resources(InstrumentationConfig.class).resource(ic).create();

    robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
    TableView<?> table = robot.lookup("#problemsTable").queryAs(TableView.class);
    await()
        .atMost(PATIENCE)
        .until(() -> running.console().connect().sessionProperty().get() != null);
    await()
        .atMost(PATIENCE)
        .until(() -> "Live".equals(robot.lookup("#problemsStatus").queryLabeled().getText()));

    // other tests share the API server: show only this test's namespace (the filter at work)
    robot.clickOn("#problemsSearch").write(workloadNs);

    InstrumentationConfigStatus status = new InstrumentationConfigStatus();
    status.setConditions(
        List.of(
            new ConditionBuilder()
                .withType("AgentEnabled")
                .withStatus("False")
                .withReason("WaitingForNodeCollector")
                .withMessage("the node collector is not ready yet")
                .withLastTransitionTime(OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString())
                .build()));
    created.setStatus(status);
    long t0 = System.nanoTime();
    client.resources(InstrumentationConfig.class).resource(created).updateStatus();

    await()
        .atMost(Duration.ofSeconds(1))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> rowsAbout(table, "deployment-checkout") == 1);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("[ProblemsLiveIT] False condition visible in Problems after " + ms + " ms");

    Problem p = (Problem) table.getItems().getFirst();
    assertThat(p.kind()).isEqualTo("InstrumentationConfig");
    assertThat(p.namespace()).isEqualTo(workloadNs);
    assertThat(p.type()).isEqualTo("AgentEnabled");
    assertThat(p.reason()).isEqualTo("WaitingForNodeCollector");
    assertThat(p.message()).isEqualTo("the node collector is not ready yet");

    // jump to the object: its YAML in the side panel
    robot.clickOn(
        robot.lookup("#problemsTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
    TextArea details = robot.lookup("#problemDetails").queryAs(TextArea.class);
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                details.getText().contains("serviceName: \"checkout\"")
                    || details.getText().contains("serviceName: checkout"));

    // and it leaves when the condition turns True
    created =
        client
            .resources(InstrumentationConfig.class)
            .inNamespace(workloadNs)
            .withName("deployment-checkout")
            .get();
    created.getStatus().getConditions().getFirst().setStatus("True");
    client.resources(InstrumentationConfig.class).resource(created).updateStatus();
    await().atMost(Duration.ofSeconds(2)).until(() -> rowsAbout(table, "deployment-checkout") == 0);
  }

  private static long rowsAbout(TableView<?> table, String name) {
    return List.copyOf(table.getItems()).stream()
        .filter(
            o ->
                o instanceof Problem p && p.name().equals(name) && p.namespace().equals(workloadNs))
        .count();
  }
}
