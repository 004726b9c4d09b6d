package io.odigos.console.actions;

import static io.odigos.console.forms.PipelineUi.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.odigos.console.forms.PipelineUi;
import io.odigos.model.render.action.ActionProcessors;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.ActionStatus;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Actions view against a real API server: create, edit, delete, reject, conditions. */
@WithRealApiServer
@ExtendWith(ApplicationExtension.class)
class ActionsUiIT {
  private static ApiServer api;
  private String namespace;
  private PipelineUi ui;

  @BeforeAll
  static void server(ApiServer server) {
    api = server;
  }

  @Start
  void start(Stage stage) {
    namespace = api.createNamespace("actions-ui");
    ui = PipelineUi.show(stage, new ActionsFeature(), api, namespace);
  }

  @AfterEach
  void close() {
    ui.close();
  }

  private List<Action> actions() {
    return api.client().resources(Action.class).inNamespace(namespace).list().getItems();
  }

  private static String text(FxRobot robot, String query) {
    return fx(
        () -> {
          Node n = robot.lookup(query).query();
          return n instanceof TextInputControl t ? t.getText() : ((Labeled) n).getText();
        });
  }

  @Test
  void createEditAndDeleteAnActionThroughTheForm(FxRobot robot) throws Exception {
    robot.clickOn("#newAction");
    robot.clickOn("#actionName").write("Cluster info");
    robot.clickOn("#clusterAttributes").write("k8s.cluster.name=prod-eu-1");
    robot.clickOn("#saveAction");

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> fx(() -> robot.lookup("#actionDiffDialog").query().isVisible()));
    assertThat(text(robot, "#actionDiff"))
        .contains("resource/action-cluster-info")
        .contains("prod-eu-1");
    assertThat(actions()).isEmpty(); // nothing before the diff is confirmed
    robot.clickOn("#applyAction");

    Action created =
        await().atMost(ApiServer.patience()).until(this::actions, l -> l.size() == 1).getFirst();
    assertThat(created.getMetadata().getName()).isEqualTo("action-cluster-info");
    assertThat(ActionProcessors.payloadName("x", created.getSpec())).isEqualTo("addClusterInfo");
    assertThat(created.getSpec().getAddClusterInfo().clusterAttributes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.attributeName()).isEqualTo("k8s.cluster.name");
              assertThat(c.attributeStringValue()).isEqualTo("prod-eu-1");
            });
    assertThat(created.getSpec().getActionName()).isEqualTo("Cluster info");

    // the list is live; a False condition set on the CR appears beside it
    ListView<?> list = robot.lookup("#actionList").queryAs(ListView.class);
    await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> list.getItems().size()) == 1);
    created.setStatus(new ActionStatus());
    created
        .getStatus()
        .setConditions(
            List.of(
                new ConditionBuilder()
                    .withType("TransformedToProcessor")
                    .withStatus("False")
                    .withReason("InvalidPayload")
                    .withMessage("told by the test")
                    .withLastTransitionTime("2026-01-01T00:00:00Z")
                    .build()));
    api.client().resources(Action.class).inNamespace(namespace).resource(created).updateStatus();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                fx(
                    () ->
                        robot
                            .lookup(".item-problem")
                            .tryQuery()
                            .map(n -> ((Labeled) n).getText())
                            .orElse("")),
            t -> t.equals("TransformedToProcessor: InvalidPayload — told by the test"));

    // edit
    robot.interact(() -> list.getSelectionModel().select(0));
    robot.clickOn("#editAction");
    robot.interact(
        () ->
            robot
                .lookup("#clusterAttributes")
                .queryAs(TextArea.class)
                .setText("k8s.cluster.name=prod-eu-2\ndeployment.environment=prod"));
    robot.clickOn("#saveAction");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> fx(() -> robot.lookup("#actionDiffDialog").query().isVisible()));
    assertThat(text(robot, "#actionDiff")).contains("prod-eu-2").contains("deployment.environment");
    robot.clickOn("#applyAction");
    await()
        .atMost(ApiServer.patience())
        .until(
            () ->
                actions().getFirst().getSpec().getAddClusterInfo().clusterAttributes().size() == 2);

    // delete
    robot.interact(() -> list.getSelectionModel().select(0));
    robot.clickOn("#deleteAction");
    robot.clickOn("#confirmDeleteAction");
    await().atMost(ApiServer.patience()).until(() -> actions().isEmpty());
    await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> list.getItems().isEmpty()));
  }

  @Test
  void anInvalidFormShowsTheMessageAndWritesNothing(FxRobot robot) throws Exception {
    robot.clickOn("#newAction");
    robot.clickOn("#actionName").write("Drop nothing");
    robot.interact(
        () -> robot.lookup("#actionKind").queryComboBox().setValue(ActionKind.DELETE_ATTRIBUTE));
    robot.clickOn("#attributesToDelete").write(" , ");
    robot.clickOn("#saveAction");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> fx(() -> robot.lookup("#actionProblems").query().isVisible()));
    String problems =
        fx(
            () ->
                robot.lookup("#actionProblems .label").queryAll().stream()
                    .map(n -> ((Labeled) n).getText())
                    .toList()
                    .toString());
    assertThat(problems)
        .contains("DeleteAttribute needs one or more non-empty attributeNamesToDelete");
    assertThat(fx(() -> robot.lookup("#actionDiffDialog").query().isVisible())).isFalse();
    Thread.sleep(500);
    assertThat(actions()).isEmpty();
  }

  @Test
  void cancellingTheDiffOfAnEditLeavesTheActionAsItWas(FxRobot robot) throws Exception {
    Action existing =
        io.fabric8.kubernetes.client.utils.Serialization.unmarshal(
            """
            apiVersion: odigos.io/v1alpha1
            kind: Action
            metadata: {name: action-env, namespace: %s}
            spec:
              actionName: Env
              signals: [TRACES]
              addClusterInfo:
                clusterAttributes:
                - {attributeName: deployment.environment, attributeStringValue: staging}
            """
                .formatted(namespace),
            Action.class);
    api.client().resources(Action.class).inNamespace(namespace).resource(existing).create();
    ListView<?> list = robot.lookup("#actionList").queryAs(ListView.class);
    await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> list.getItems().size()) == 1);
    String version = actions().getFirst().getMetadata().getResourceVersion();

    robot.interact(() -> list.getSelectionModel().select(0));
    robot.clickOn("#editAction");
    robot.interact(
        () ->
            robot
                .lookup("#clusterAttributes")
                .queryAs(TextArea.class)
                .setText("deployment.environment=production"));
    robot.clickOn("#saveAction");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> fx(() -> robot.lookup("#actionDiffDialog").query().isVisible()));
    assertThat(text(robot, "#actionDiff")).contains("staging").contains("production");

    robot.clickOn("#backAction");
    robot.clickOn("#cancelAction");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> !fx(() -> robot.lookup("#actionDiffDialog").query().isVisible()));
    Thread.sleep(500);
    Action after = actions().getFirst();
    assertThat(after.getMetadata().getResourceVersion()).isEqualTo(version);
    assertThat(after.getSpec().getAddClusterInfo().clusterAttributes())
        .singleElement()
        .satisfies(c -> assertThat(c.attributeStringValue()).isEqualTo("staging"));
  }
}
