package io.odigos.console.screenshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.odigos.console.Console;
import io.odigos.console.core.Navigation;
import io.odigos.console.destinations.DestinationDraft;
import io.odigos.console.destinations.DestinationObjects;
import io.odigos.console.shell.Theme;
import io.odigos.console.support.EbpfNodes;
import io.odigos.console.support.RunningConsole;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigSpec;
import io.odigos.model.v1alpha1.InstrumentationConfigStatus;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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
 * Renders the main views against a seeded real API server into PNGs ({@code
 * -Dconsole.screenshots=<dir>}, default {@code target/screenshots}; the script passes the
 * repository's {@code screenshots/}). {@code console-app/screenshots.sh} runs it in a real window
 * under Xvfb; in the normal build it runs on the Headless platform.
 */
@WithRealApiServer
@ExtendWith(ApplicationExtension.class)
class ScreenshotsIT {
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static ApiServer api;
  private static String odigosNs;
  @TempDir static Path dir;
  private RunningConsole running;
  private Stage stage;

  /** A Node with the odiglet's OdigosEbpfReady condition. */
  private static void seedNode(
      KubernetesClient client, String name, String reason, String message) {
    EbpfNodes.create(client, name);
    EbpfNodes.setCondition(client, name, "True", reason, message);
  }

  @BeforeAll
  static void seed(ApiServer server) {
    api = server;
    odigosNs = server.createNamespace("odigos-shots");
    String shop = server.createNamespace("shop");
    KubernetesClient client = server.client();
    var honeycomb =
        new DestinationDraft(
            "honeycomb-prod",
            "Honeycomb production",
            "honeycomb",
            Map.of("HONEYCOMB_ENDPOINT", "api.eu1.honeycomb.io"),
            Map.of("HONEYCOMB_API_KEY", "seeded-key"),
            Set.of(),
            Set.of(ObservabilitySignal.TRACES, ObservabilitySignal.LOGS));
    client.secrets().resource(DestinationObjects.secret(honeycomb, odigosNs)).create();
    // two nodes as their odiglets report them: one can propagate context, one is locked down
    seedNode(
        client,
        "worker-a",
        "EbpfUsable",
        "eBPF usable, context propagation possible: kernel 6.8.0, BTF, uprobes, lockdown none, libbpf 1.1.2");
    seedNode(
        client,
        "worker-b",
        "ContextPropagationBlocked",
        "eBPF usable; traceparent not written: lockdown [integrity] blocks bpf_probe_write_user");
    client
        .resources(io.odigos.model.v1alpha1.Destination.class)
        .resource(DestinationObjects.destination(honeycomb, odigosNs))
        .create();
    var jaeger =
        new DestinationDraft(
            "jaeger-staging",
            "Jaeger (staging)",
            "jaeger",
            Map.of("JAEGER_URL", "jaeger-collector.monitoring:4317"),
            Map.of(),
            Set.of(),
            Set.of(ObservabilitySignal.TRACES));
    client
        .resources(io.odigos.model.v1alpha1.Destination.class)
        .resource(DestinationObjects.destination(jaeger, odigosNs))
        .create();
    for (String app : List.of("checkout", "legacy-billing", "cart")) {
      client
          .apps()
          .deployments()
          .inNamespace(shop)
          .resource(
              new io.fabric8.kubernetes.api.model.apps.DeploymentBuilder()
                  .withNewMetadata()
                  .withName(app)
                  .endMetadata()
                  .withNewSpec()
                  .withNewSelector()
                  .addToMatchLabels("app", app)
                  .endSelector()
                  .withNewTemplate()
                  .withNewMetadata()
                  .addToLabels("app", app)
                  .endMetadata()
                  .withNewSpec()
                  .addNewContainer()
                  .withName("app")
                  .withImage("shop/" + app + ":1")
                  .endContainer()
                  .endSpec()
                  .endTemplate()
                  .endSpec()
                  .build())
          .create();
    }
    failing(
        client,
        shop,
        "deployment-checkout",
        "AgentEnabled",
        "WaitingForNodeCollector",
        "The node collector is not ready yet; the agent is enabled once it is.");
    failing(
        client,
        shop,
        "deployment-legacy-billing",
        "AgentEnabled",
        "UnsupportedRuntimeVersion",
        "Java 7 is older than the oldest version the agent supports (Java 8).");
    failing(
        client,
        shop,
        "statefulset-ledger",
        "RuntimeDetection",
        "OtherAgentDetected",
        "The container already runs the Datadog Java agent (-javaagent:dd-java-agent.jar).");
  }

  private static void failing(
      KubernetesClient client, String ns, String name, String type, String reason, String message) {
    InstrumentationConfig ic = new InstrumentationConfig();
    ic.getMetadata().setName(name);
    ic.getMetadata().setNamespace(ns);
    InstrumentationConfigSpec spec = new InstrumentationConfigSpec();
    spec.setServiceName(name.substring(name.indexOf('-') + 1));
    spec.setAgentInjectionEnabled(false);
    ic.setSpec(spec);
    InstrumentationConfig created =
        client.resources(InstrumentationConfig.class).resource(ic).create();
    InstrumentationConfigStatus status = new InstrumentationConfigStatus();
    status.setConditions(
        List.of(
            new ConditionBuilder()
                .withType(type)
                .withStatus("False")
                .withReason(reason)
                .withMessage(message)
                .withLastTransitionTime(OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString())
                .build()));
    created.setStatus(status);
    client.resources(InstrumentationConfig.class).resource(created).updateStatus();
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    running =
        RunningConsole.show(stage, RunningConsole.kubeconfigWithBrokenContext(api, dir), odigosNs);
  }

  @AfterEach
  void stop() {
    running.close();
  }

  @Test
  void mainViews(FxRobot robot) throws Exception {
    Path out = Path.of(System.getProperty("console.screenshots", "target/screenshots"));
    Files.createDirectories(out);
    Console console = running.console();
    // the broken context is the current one: it fails on its row, then the user picks the good one
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                console.connect().rows().stream()
                    .anyMatch(
                        r ->
                            r.stateProperty().get()
                                == io.odigos.console.connect.ContextRow.State.FAILED));
    robot.clickOn("#contextPicker").clickOn("#contextName-" + RunningConsole.goodContext(api));
    await().atMost(PATIENCE).until(() -> console.connect().sessionProperty().get() != null);
    ListView<?> configured = robot.lookup("#configuredDestinations").queryAs(ListView.class);
    await().atMost(PATIENCE).until(() -> configured.getItems().size() == 2);

    robot.clickOn("#destinationSearch").write("otlphttp");
    robot.clickOn("OTLP HTTP").clickOn("#addDestination");
    robot.clickOn("#destinationName").write("Team collector");
    // the guide beside the form, and a real connection test to a port where nothing listens
    javafx.scene.web.WebView guide =
        robot.lookup("#destinationGuide").queryAs(javafx.scene.web.WebView.class);
    await().atMost(PATIENCE).until(() -> guideLoaded(guide, "field-OTLP_HTTP_ENDPOINT"));
    int closed = io.odigos.testbed.RunningCollector.freePort();
    robot.clickOn("#field-OTLP_HTTP_ENDPOINT").write("http://127.0.0.1:" + closed);
    robot.clickOn("#testConnection");
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                WaitForAsyncUtils.asyncFx(
                        () -> robot.lookup("#connectionResult").queryLabeled().getText())
                    .get(),
            t -> t.startsWith("Connection refused"));
    shoot(robot, out.resolve("destinations-form-light.png"));

    robot.interact(() -> console.shell().themeProperty().set(Theme.DARK));
    robot.sleep(800); // the guide reloads in its dark colours
    shoot(robot, out.resolve("destinations-form-dark.png"));
    robot.interact(() -> console.shell().themeProperty().set(Theme.LIGHT));

    robot.clickOn("#cancelDestination");
    robot.clickOn("Honeycomb production").clickOn("#editDestination");
    javafx.scene.web.WebView editGuide =
        robot.lookup("#destinationGuide").queryAs(javafx.scene.web.WebView.class);
    await().atMost(PATIENCE).until(() -> guideLoaded(editGuide, "field-HONEYCOMB_API_KEY"));
    shoot(robot, out.resolve("destinations-edit.png"));
    // the gateway config diff before the edit is applied
    robot.interact(
        () ->
            robot
                .lookup("#field-HONEYCOMB_ENDPOINT")
                .<String>queryComboBox()
                .setValue("api.honeycomb.io"));
    robot.clickOn("#saveDestination");
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                WaitForAsyncUtils.asyncFx(
                        () -> robot.lookup("#destinationDiffDialog").query().isVisible())
                    .get());
    shoot(robot, out.resolve("destinations-diff.png"));
    robot.clickOn("#cancelDestinationChange");
    robot.clickOn("#cancelDestination");

    robot.interact(() -> console.shell().navigate(Navigation.PROBLEMS));
    TableView<?> table = robot.lookup("#problemsTable").queryAs(TableView.class);
    await().atMost(PATIENCE).until(() -> table.getItems().size() >= 3);
    robot.clickOn(
        robot.lookup("#problemsTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
    await()
        .atMost(PATIENCE)
        .until(() -> !robot.lookup("#problemDetails").queryTextInputControl().getText().isEmpty());
    shoot(robot, out.resolve("problems.png"));
    robot.interact(() -> console.shell().themeProperty().set(Theme.DARK));
    shoot(robot, out.resolve("problems-dark.png"));
    robot.interact(() -> console.shell().themeProperty().set(Theme.LIGHT));

    robot.interact(() -> console.shell().navigate(Navigation.OVERVIEW));
    robot.clickOn("#contextPicker");
    shoot(robot, out.resolve("context-picker.png"));
    robot.clickOn("#contextPicker");

    List<String> views =
        List.of(
            Navigation.OVERVIEW,
            Navigation.SOURCES,
            Navigation.ACTIONS,
            Navigation.RULES,
            Navigation.SAMPLING,
            Navigation.COLLECTORS);
    for (String view : views) {
      robot.interact(() -> console.shell().navigate(view));
      robot.sleep(1500); // the view's watch fills it
      shoot(robot, out.resolve(view + ".png"));
    }
    // Sources with the Describe panel open beside the table (double-click on a workload)
    robot.interact(() -> console.shell().navigate(Navigation.SOURCES));
    // select the workload in the table's model once the view's watch has listed it again (slow on
    // a loaded machine), then ask for its Describe panel
    @SuppressWarnings("unchecked")
    TableView<Object> sources = robot.lookup("#sourcesTable").queryAs(TableView.class);
    Object checkout =
        await()
            .atMost(PATIENCE)
            .until(
                () ->
                    WaitForAsyncUtils.asyncFx(
                            () ->
                                sources.getItems().stream()
                                    .filter(
                                        r ->
                                            r instanceof io.odigos.console.sources.WorkloadRow w
                                                && w.key().name().equals("checkout"))
                                    .findFirst())
                        .get(),
                java.util.Optional::isPresent)
            .orElseThrow();
    robot.interact(
        () -> {
          sources.getSelectionModel().clearSelection();
          sources.getSelectionModel().select(checkout);
          sources.scrollTo(checkout);
        });
    robot.clickOn("#describeSelected");
    TableView<?> conditions = robot.lookup("#describeConditions").queryAs(TableView.class);
    await().atMost(PATIENCE).until(() -> !conditions.getItems().isEmpty());
    shoot(robot, out.resolve("sources-describe.png"));
    for (String view : views) {
      assertThat(Files.size(out.resolve(view + ".png"))).as(view).isGreaterThan(10_000);
    }
    assertThat(Files.size(out.resolve("sources-describe.png"))).isGreaterThan(10_000);
    for (String name :
        List.of(
            "destinations-form-light.png",
            "destinations-form-dark.png",
            "destinations-edit.png",
            "destinations-diff.png",
            "problems.png",
            "problems-dark.png",
            "context-picker.png")) {
      assertThat(Files.size(out.resolve(name))).as(name).isGreaterThan(10_000);
    }
  }

  /** The window's scene, with any open pop-up (a drop-down list) drawn where it shows. */
  private void shoot(FxRobot robot, Path file) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    record Layer(javafx.scene.image.Image image, double x, double y) {}
    List<Layer> layers =
        WaitForAsyncUtils.waitFor(
            WaitForAsyncUtils.asyncFx(
                () -> {
                  Scene scene = stage.getScene();
                  double originX = stage.getX() + scene.getX();
                  double originY = stage.getY() + scene.getY();
                  List<Layer> all = new java.util.ArrayList<>();
                  all.add(new Layer(scene.snapshot(null), 0, 0));
                  for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                    if (w != stage && w.isShowing() && w.getScene() != null) {
                      all.add(
                          new Layer(
                              w.getScene().getRoot().snapshot(null, null),
                              w.getX() + w.getScene().getX() - originX,
                              w.getY() + w.getScene().getY() - originY));
                    }
                  }
                  return all;
                }));
    BufferedImage base = toAwt(layers.getFirst().image());
    var g = base.createGraphics();
    for (Layer l : layers.subList(1, layers.size())) {
      g.drawImage(toAwt(l.image()), (int) l.x(), (int) l.y(), null);
    }
    g.dispose();
    ImageIO.write(base, "png", file.toFile());
  }

  private static BufferedImage toAwt(javafx.scene.image.Image image) {
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    return out;
  }

  private static boolean guideLoaded(javafx.scene.web.WebView guide, String id) throws Exception {
    return WaitForAsyncUtils.asyncFx(
            () ->
                guide.getEngine().getDocument() != null
                    && guide.getEngine().getDocument().getElementById(id) != null)
        .get();
  }
}
