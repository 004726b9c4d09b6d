package io.odigos.console.sampling;

import static io.odigos.console.forms.PipelineUi.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.odigos.console.forms.PipelineUi;
import io.odigos.model.v1alpha1.Sampling;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import java.time.Duration;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Sampling view creates its CR in a real API server, after showing the gateway diff. */
@WithRealApiServer
@ExtendWith(ApplicationExtension.class)
class SamplingUiIT {
  private static ApiServer api;
  private String namespace;
  private PipelineUi sampling;

  @BeforeAll
  static void server(ApiServer server) {
    api = server;
  }

  @Start
  void start(Stage stage) {
    namespace = api.createNamespace("sampling-ui");
    sampling = PipelineUi.show(stage, new SamplingFeature(), api, namespace);
  }

  @AfterEach
  void close() {
    sampling.close();
  }

  @Test
  void createASamplingThroughItsFormAfterItsDiff(FxRobot robot) {
    robot.clickOn("#newSampling");
    robot.clickOn("#samplingName").write("Health checks");
    robot.clickOn("#ruleRoute-0").write("/healthz");
    robot.clickOn("#ruleMethod-0").write("GET");
    robot.clickOn("#saveSampling");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> fx(() -> robot.lookup("#samplingDiffDialog").query().isVisible()));
    robot.clickOn("#applySampling");

    Sampling s =
        await()
            .atMost(ApiServer.patience())
            .until(
                () ->
                    api.client().resources(Sampling.class).inNamespace(namespace).list().getItems(),
                l -> l.size() == 1)
            .getFirst();
    assertThat(s.getMetadata().getName()).isEqualTo("sampling-health-checks");
    var http = s.getSpec().getNoisyOperations().getFirst().operation().httpServer();
    assertThat(http.routePrefix()).isEqualTo("/healthz");
    assertThat(http.method()).isEqualTo("GET");
  }
}
