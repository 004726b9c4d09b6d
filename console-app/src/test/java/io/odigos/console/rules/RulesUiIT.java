package io.odigos.console.rules;

import static io.odigos.console.forms.PipelineUi.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.odigos.console.forms.PipelineUi;
import io.odigos.model.v1alpha1.InstrumentationRule;
import io.odigos.model.v1alpha1.PodWorkload;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Instrumentation Rules view creates its CR in a real API server. */
@WithRealApiServer
@ExtendWith(ApplicationExtension.class)
class RulesUiIT {
  private static ApiServer api;
  private String namespace;
  private PipelineUi rules;

  @BeforeAll
  static void server(ApiServer server) {
    api = server;
  }

  @Start
  void start(Stage stage) {
    namespace = api.createNamespace("rules-ui");
    rules = PipelineUi.show(stage, new RulesFeature(), api, namespace);
  }

  @AfterEach
  void close() {
    rules.close();
  }

  @Test
  void createAnInstrumentationRuleThroughItsForm(FxRobot robot) {
    robot.clickOn("#newRule");
    robot.clickOn("#ruleName").write("Request ids");
    robot.interact(
        () -> robot.lookup("#ruleKind").queryComboBox().setValue(RuleKind.HEADERS_COLLECTION));
    robot.clickOn("#ruleHeaders").write("x-request-id");
    robot.interact(
        () ->
            robot
                .lookup("#ruleWorkloads")
                .queryAs(TextArea.class)
                .setText("shop/Deployment/checkout"));
    robot.clickOn("#saveRule");

    List<InstrumentationRule> created =
        await()
            .atMost(ApiServer.patience())
            .until(
                () ->
                    api.client()
                        .resources(InstrumentationRule.class)
                        .inNamespace(namespace)
                        .list()
                        .getItems(),
                l -> l.size() == 1);
    InstrumentationRule r = created.getFirst();
    assertThat(r.getMetadata().getName()).isEqualTo("rule-request-ids");
    assertThat(r.getSpec().getRuleName()).isEqualTo("Request ids");
    assertThat(r.getSpec().getHeadersCollection().headerKeys()).containsExactly("x-request-id");
    assertThat(r.getSpec().getWorkloads())
        .containsExactly(new PodWorkload("shop", "Deployment", "checkout"));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> fx(() -> robot.lookup("#ruleList").queryListView().getItems().size()) == 1);
  }
}
