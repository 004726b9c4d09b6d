package io.odigos.console.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.odigos.console.support.RunningConsole;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A kubeconfig whose current context points at a dead server: that row shows its error, the app
 * stays responsive, and picking the good context connects and works.
 */
@WithRealApiServer
@ExtendWith(ApplicationExtension.class)
class BrokenContextIT {
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private static ApiServer api;
  private static String namespace;
  @TempDir static Path dir;
  private RunningConsole running;

  @BeforeAll
  static void cluster(ApiServer server) {
    api = server;
    namespace = server.createNamespace("console-ctx");
  }

  @Start
  void start(Stage stage) {
    running =
        RunningConsole.show(stage, RunningConsole.kubeconfigWithBrokenContext(api, dir), namespace);
  }

  @AfterEach
  void stop() {
    running.close();
  }

  @Test
  void theBrokenContextShowsItsErrorWhileTheGoodOneConnects(FxRobot robot) {
    ConnectViewModel connect = running.console().connect();
    await().atMost(PATIENCE).until(() -> connect.rows().size() == 2);
    ContextRow broken =
        connect.rows().stream()
            .filter(r -> r.name().equals(RunningConsole.BROKEN_CONTEXT))
            .findFirst()
            .orElseThrow();
    await().atMost(PATIENCE).until(() -> broken.stateProperty().get() == ContextRow.State.FAILED);
    assertThat(broken.messageProperty().get()).contains("127.0.0.1:1");

    // the UI answered all along: the catalog search still filters
    robot.clickOn("#destinationSearch").write("jaeger");
    ListView<?> catalog = robot.lookup("#destinationCatalog").queryAs(ListView.class);
    await().atMost(Duration.ofSeconds(2)).until(() -> catalog.getItems().size() == 1);

    // open the picker: the broken row carries its error; pick the good one
    String good = RunningConsole.goodContext(api);
    robot.clickOn("#contextPicker");
    Label error =
        robot.lookup("#contextMessage-" + RunningConsole.BROKEN_CONTEXT).queryAs(Label.class);
    assertThat(error.getText()).contains("127.0.0.1:1");
    assertThat(error.getPseudoClassStates()).extracting(Object::toString).contains("failed");
    robot.clickOn("#contextName-" + good);

    await()
        .atMost(PATIENCE)
        .until(
            () ->
                connect.sessionProperty().get() != null
                    && connect.sessionProperty().get().context().equals(good));
    assertThat(connect.sessionProperty().get().odigosInstalled()).isTrue();
    await()
        .atMost(PATIENCE)
        .until(() -> robot.lookup("#sessionLabel").queryLabeled().getText().startsWith(good));
    // the good context works: the Destinations view can add (enabled only when connected)
    robot.clickOn("Jaeger");
    assertThat(robot.lookup("#addDestination").queryButton().isDisabled()).isFalse();
    assertThat(broken.stateProperty().get()).isEqualTo(ContextRow.State.FAILED);
  }
}
