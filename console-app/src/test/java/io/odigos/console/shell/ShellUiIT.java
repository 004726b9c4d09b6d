package io.odigos.console.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.odigos.console.support.RunningConsole;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The shell without any cluster: a missing kubeconfig is said in the top bar, shortcuts move
 * between views and focus their search, the theme switches, the About box lists the versions.
 */
@ExtendWith(ApplicationExtension.class)
class ShellUiIT {
  @TempDir static Path dir;
  private RunningConsole running;

  @Start
  void start(Stage stage) {
    running = RunningConsole.show(stage, dir.resolve("no-such-kubeconfig"), "odigos-system");
  }

  @AfterEach
  void stop() {
    running.close();
  }

  @Test
  void shortcutsThemesAndAboutWorkWithoutACluster(FxRobot robot) {
    Label problem = robot.lookup("#kubeconfigProblem").queryAs(Label.class);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> problem.getText().startsWith("No kubeconfig at"));
    assertThat(problem.isVisible()).isTrue();
    // views are built when first shown: at start only the one on screen
    assertThat(running.console().shell().builtViews())
        .containsExactly(io.odigos.console.core.Navigation.DESTINATIONS);

    robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
    assertThat(running.console().shell().builtViews())
        .containsExactlyInAnyOrder(
            io.odigos.console.core.Navigation.DESTINATIONS,
            io.odigos.console.core.Navigation.PROBLEMS);
    robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
    TextField search = robot.lookup("#problemsSearch").queryAs(TextField.class);
    assertThat(search.isFocused()).isTrue();
    assertThat(robot.lookup("#problemsStatus").queryLabeled().getText())
        .contains("Connect to a cluster");
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
    assertThat(robot.lookup("#overviewView").query().isVisible()).isTrue();

    robot.clickOn("#toggleTheme");
    assertThat(robot.lookup("#shell").query().getScene().getRoot().getStyleClass())
        .contains(Theme.DARK_CLASS);
    robot.clickOn("#toggleTheme");
    assertThat(robot.lookup("#shell").query().getScene().getRoot().getStyleClass())
        .doesNotContain(Theme.DARK_CLASS);

    robot.clickOn("#about");
    DialogPane about = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    String versions =
        robot.from(about).lookup(".label").queryAllAs(Label.class).stream()
            .map(Label::getText)
            .reduce("", (a, b) -> a + "\n" + b);
    assertThat(versions)
        .contains("JavaFX")
        .contains("26.0.1")
        .contains("fabric8")
        .contains("7.5.2")
        .contains("not connected");
    robot.clickOn("OK");
  }
}
