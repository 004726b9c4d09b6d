package io.odigos.console.destinations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.odigos.console.support.RunningConsole;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Create, edit and delete a Destination through the generated form, against a real API server: the
 * CR carries the non-secret fields, the Secret the API key, and the CR never the key.
 */
@WithRealApiServer
@ExtendWith(ApplicationExtension.class)
class DestinationsUiIT {
  private static final String API_KEY = "hcaik-ui-test-7f3a9c";
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private static ApiServer api;
  private static String namespace;
  @TempDir static Path dir;
  private RunningConsole running;

  @BeforeAll
  static void cluster(ApiServer server) {
    api = server;
    namespace = server.createNamespace("console-dest");
  }

  private final List<String> openedLinks = new CopyOnWriteArrayList<>();

  @Start
  void start(Stage stage) {
    running =
        RunningConsole.show(
            stage, RunningConsole.kubeconfig(api, dir), namespace, openedLinks::add);
  }

  private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
  }

  private static boolean visible(FxRobot robot, String query) throws Exception {
    return fx(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
  }

  private static String text(FxRobot robot, String query) throws Exception {
    return fx(
        () -> {
          Node n = robot.lookup(query).query();
          return n instanceof TextInputControl t ? t.getText() : ((Labeled) n).getText();
        });
  }

  @AfterEach
  void stop() {
    running.close();
  }

  @Test
  void createEditAndDeleteAHoneycombDestinationThroughTheForm(FxRobot robot) throws Exception {
    KubernetesClient client = api.client();
    await()
        .atMost(PATIENCE)
        .until(() -> running.console().connect().sessionProperty().get() != null);

    // the shortcuts move between views; Ctrl+3 is Destinations
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
    assertThat(robot.lookup("#newRule").tryQuery()).isPresent();
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
    robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
    robot.write("honey");
    ListView<?> catalog = robot.lookup("#destinationCatalog").queryAs(ListView.class);
    await().atMost(PATIENCE).until(() -> catalog.getItems().size() == 1);
    robot.clickOn("Honeycomb").clickOn("#addDestination");

    // the setup guide beside the form: the catalog entry's fields, rendered in a real WebView
    WebView guide = robot.lookup("#destinationGuide").queryAs(WebView.class);
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                fx(
                    () ->
                        guide.getEngine().getDocument() != null
                            && guide
                                    .getEngine()
                                    .getDocument()
                                    .getElementById("field-HONEYCOMB_API_KEY")
                                != null));
    String guideText =
        fx(() -> guide.getEngine().getDocument().getDocumentElement().getTextContent());
    assertThat(guideText)
        .contains("Honeycomb")
        .contains("An ingest key of the Honeycomb environment to send to.")
        .contains("Default: api.honeycomb.io");
    // a link goes to the system browser, never into the guide
    fx(
        () -> {
          var doc = guide.getEngine().getDocument();
          var link = (org.w3c.dom.events.EventTarget) doc.getElementsByTagName("a").item(0);
          var click = ((org.w3c.dom.events.DocumentEvent) doc).createEvent("MouseEvents");
          click.initEvent("click", true, true);
          link.dispatchEvent(click);
          return null;
        });
    assertThat(openedLinks).containsExactly("https://docs.honeycomb.io/");
    assertThat(fx(() -> guide.getEngine().getLocation())).doesNotStartWith("http");

    robot.clickOn("#destinationName").write("Honeycomb UI");
    robot.clickOn("#field-HONEYCOMB_API_KEY").write(API_KEY);
    robot.clickOn("#signal-LOGS");
    robot.clickOn("#saveDestination");

    // the gateway config diff first; nothing is written before Apply
    await().atMost(PATIENCE).until(() -> visible(robot, "#destinationDiffDialog"));
    assertThat(text(robot, "#destinationDiff"))
        .contains("otlp_grpc/honeycomb-ui:")
        .contains("${env:ODIGOS_DEST_HONEYCOMB_UI_HONEYCOMB_API_KEY}")
        .doesNotContain(API_KEY);
    assertThat(destination(client, "honeycomb-ui")).isNull();
    robot.clickOn("#applyDestination");

    Destination created =
        await().atMost(PATIENCE).until(() -> destination(client, "honeycomb-ui"), d -> d != null);
    assertThat(created.getSpec().getType()).isEqualTo("honeycomb");
    assertThat(created.getSpec().getDestinationName()).isEqualTo("Honeycomb UI");
    assertThat(created.getSpec().getData())
        .containsEntry("HONEYCOMB_ENDPOINT", "api.honeycomb.io")
        .doesNotContainKey("HONEYCOMB_API_KEY");
    assertThat(created.getSpec().getSignals())
        .containsExactly(ObservabilitySignal.TRACES, ObservabilitySignal.METRICS);
    assertThat(created.getSpec().getSecretRef().name()).isEqualTo("honeycomb-ui");
    assertThat(Serialization.asYaml(created)).doesNotContain(API_KEY);
    assertThat(secretValue(client, "honeycomb-ui")).isEqualTo(API_KEY);

    // edit: change a non-secret field; the secret input stays empty and the Secret keeps its value
    ListView<?> configured = robot.lookup("#configuredDestinations").queryAs(ListView.class);
    await().atMost(PATIENCE).until(() -> configured.getItems().size() == 1);
    robot.clickOn("Honeycomb UI").clickOn("#editDestination");
    PasswordField secret = robot.lookup("#field-HONEYCOMB_API_KEY").queryAs(PasswordField.class);
    assertThat(secret.getText()).isEmpty();
    assertThat(secret.getPromptText()).isEqualTo("••• (unchanged)");
    // the stored key is never read back, so a connection test asks for it
    robot.clickOn("#testConnection");
    await()
        .atMost(PATIENCE)
        .until(
            () -> text(robot, "#connectionResult"),
            t -> t.startsWith("Type the API Key to test the connection"));
    robot.doubleClickOn("#field-HONEYCOMB_METRICS_DATASET");
    robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    robot.write("ui-metrics");
    robot.clickOn("#saveDestination");
    await().atMost(PATIENCE).until(() -> visible(robot, "#destinationDiffDialog"));
    assertThat(text(robot, "#destinationDiff"))
        .contains("-")
        .contains("x-honeycomb-dataset: odigos-metrics")
        .contains("x-honeycomb-dataset: ui-metrics");
    // Cancel: nothing changes in the cluster
    String before = destination(client, "honeycomb-ui").getMetadata().getResourceVersion();
    robot.clickOn("#cancelDestinationChange");
    await().atMost(PATIENCE).until(() -> !visible(robot, "#destinationDiffDialog"));
    Thread.sleep(500);
    assertThat(destination(client, "honeycomb-ui").getMetadata().getResourceVersion())
        .isEqualTo(before);
    assertThat(destination(client, "honeycomb-ui").getSpec().getData())
        .containsEntry("HONEYCOMB_METRICS_DATASET", "odigos-metrics");
    // the form is still open with the edit: save again and apply
    robot.clickOn("#saveDestination");
    await().atMost(PATIENCE).until(() -> visible(robot, "#destinationDiffDialog"));
    robot.clickOn("#applyDestination");
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                destination(client, "honeycomb-ui")
                    .getSpec()
                    .getData()
                    .get("HONEYCOMB_METRICS_DATASET"),
            "ui-metrics"::equals);
    assertThat(secretValue(client, "honeycomb-ui")).isEqualTo(API_KEY);
    assertThat(Serialization.asYaml(destination(client, "honeycomb-ui"))).doesNotContain(API_KEY);

    // delete: the CR and its Secret go
    await().atMost(PATIENCE).until(() -> configured.getItems().size() == 1);
    robot.clickOn("Honeycomb UI").clickOn("#deleteDestination");
    await().atMost(PATIENCE).until(() -> visible(robot, "#destinationDiffDialog"));
    assertThat(text(robot, "#destinationDiff")).contains("otlp_grpc/honeycomb-ui:");
    assertThat(destination(client, "honeycomb-ui")).isNotNull();
    robot.clickOn("#applyDestination");
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                destination(client, "honeycomb-ui") == null
                    && client.secrets().inNamespace(namespace).withName("honeycomb-ui").get()
                        == null);
    await().atMost(PATIENCE).until(() -> configured.getItems().isEmpty());

    // live: a Destination applied by someone else shows up with no click, and goes the same way
    var fromApi =
        new DestinationDraft(
            "jaeger-api",
            "Jaeger from kubectl",
            "jaeger",
            java.util.Map.of("JAEGER_URL", "jaeger:4317"),
            java.util.Map.of(),
            java.util.Set.of(),
            java.util.Set.of(ObservabilitySignal.TRACES));
    client
        .resources(Destination.class)
        .resource(DestinationObjects.destination(fromApi, namespace))
        .create();
    await().atMost(Duration.ofSeconds(5)).until(() -> configured.getItems().size() == 1);
    client.resources(Destination.class).inNamespace(namespace).withName("jaeger-api").delete();
    await().atMost(Duration.ofSeconds(5)).until(() -> configured.getItems().isEmpty());
  }

  private static Destination destination(KubernetesClient client, String name) {
    return client.resources(Destination.class).inNamespace(namespace).withName(name).get();
  }

  private static String secretValue(KubernetesClient client, String name) {
    Secret s = client.secrets().inNamespace(namespace).withName(name).get();
    return new String(
        Base64.getDecoder().decode(s.getData().get("HONEYCOMB_API_KEY")), StandardCharsets.UTF_8);
  }
}
