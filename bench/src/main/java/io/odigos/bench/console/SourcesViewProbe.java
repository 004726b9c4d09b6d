package io.odigos.bench.console;

import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import io.odigos.console.Console;
import io.odigos.console.ConsoleConfig;
import io.odigos.console.connect.ClusterConnector;
import io.odigos.console.core.Activity;
import io.odigos.console.core.ClusterSession;
import io.odigos.console.core.FeatureContext;
import io.odigos.console.core.FeatureView;
import io.odigos.console.core.Tasks;
import io.odigos.console.sources.SourcesFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The measuring side of {@link SourcesViewBench}, in a JVM of its own started with the console's
 * options ({@code console-app/jvm.options}), so its RSS is the console's alone: the first frame of
 * the real console window from JVM start, then the Sources view on the seeded cluster (load until
 * all rows are in the view model, filter-as-you-type to the model and to the next frame), then
 * VmRSS. Prints {@code RESULT <name> <value>} lines. Argument: the kubeconfig of the cluster.
 */
public final class SourcesViewProbe {
  private SourcesViewProbe() {}

  public static void main(String[] args) throws Exception {
    long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    Platform.startup(() -> {});
    ExecutorService background = Executors.newFixedThreadPool(4);
    // the real console window, as ConsoleApplication shows it, from JVM start to its first frame
    CompletableFuture<Long> consoleShown = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          Console console =
              Console.assemble(ConsoleConfig.fromEnvironment(), background, Platform::runLater);
          Scene scene = console.scene(1280, 800);
          Runnable[] once = new Runnable[1];
          once[0] =
              () -> {
                scene.removePostLayoutPulseListener(once[0]);
                consoleShown.complete(System.currentTimeMillis());
              };
          scene.addPostLayoutPulseListener(once[0]);
          Stage stage = new Stage();
          stage.setScene(scene);
          stage.show();
        });
    result("console_first_frame_ms", consoleShown.get(120, TimeUnit.SECONDS) - jvmStart);
    Path kubeconfig = Path.of(args[0]);
    int WORKLOADS = SourcesViewBench.WORKLOADS;
    String context =
        KubeConfigUtils.parseConfigFromString(Files.readString(kubeconfig)).getCurrentContext();
    ClusterSession session =
        new ClusterConnector(Duration.ofSeconds(5), Duration.ofSeconds(60), "odigos-system")
            .connect(kubeconfig, context);
    Tasks tasks = new Tasks(background, Platform::runLater, new Activity());

    // the Sources view's own first frame (empty: not connected yet)
    FeatureView[] view = new FeatureView[1];
    Scene[] scene = new Scene[1];
    double viewFrame =
        firstFrame(
            () -> {
              view[0] = new SourcesFeature().create(new FeatureContext(tasks, null));
              return (Parent) view[0].node();
            },
            scene);

    Label count = (Label) fx(() -> scene[0].lookup("#sourcesCount"));
    CountDownLatch loaded = new CountDownLatch(1);
    long v0 = System.nanoTime();
    fx(
        () -> {
          count
              .textProperty()
              .addListener(
                  (o, a, text) -> {
                    if (text.equals(WORKLOADS + " workloads")) {
                      loaded.countDown();
                    }
                  });
          view[0].sessionChanged(session);
          return null;
        });
    if (!loaded.await(300, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the view did not get all workloads: " + count.getText());
    }
    double load = ms(v0);

    TextField filter = (TextField) fx(() -> scene[0].lookup("#sourcesFilter"));
    TableView<?> table = (TableView<?>) fx(() -> scene[0].lookup("#sourcesTable"));
    List<String> typed = SourcesViewBench.typing();
    List<Double> model = new ArrayList<>();
    List<Double> frame = new ArrayList<>();
    for (int round = 0; round < 2; round++) { // round 0 warms up
      for (String text : typed) {
        double[] m = new double[1];
        CompletableFuture<Double> pulse = new CompletableFuture<>();
        long f0 = System.nanoTime();
        Platform.runLater(
            () -> {
              long a = System.nanoTime();
              filter.setText(text);
              m[0] = ms(a);
              Runnable[] once = new Runnable[1];
              once[0] =
                  () -> {
                    scene[0].removePostLayoutPulseListener(once[0]);
                    pulse.complete(ms(f0));
                  };
              scene[0].addPostLayoutPulseListener(once[0]);
              Platform.requestNextPulse();
            });
        double toPulse = pulse.get(30, TimeUnit.SECONDS);
        if (round == 1) {
          model.add(m[0]);
          frame.add(toPulse);
        }
      }
    }
    int shownAtEnd = fx(() -> table.getItems().size());
    long rss = rssKb();

    result("view_first_frame_ms", viewFrame);
    result("load_ms", load);
    result("filter_model_p50_ms", pct(model, 50));
    result("filter_model_p95_ms", pct(model, 95));
    result("filter_frame_p50_ms", pct(frame, 50));
    result("filter_frame_p95_ms", pct(frame, 95));
    result("rss_mb", rss / 1024.0);
    result("filters", model.size());
    result("rows_after_last_filter", shownAtEnd);
    session.close();
    background.shutdownNow();
    Platform.exit();
    System.exit(0);
  }

  static void result(String name, double value) {
    System.out.printf(Locale.ROOT, "RESULT %s %.1f%n", name, value);
  }

  static double firstFrame(java.util.function.Supplier<Parent> root) throws Exception {
    return firstFrame(root, new Scene[1]);
  }

  /** From building the root to the end of the first pulse that laid out the shown stage. */
  static double firstFrame(java.util.function.Supplier<Parent> root, Scene[] out) throws Exception {
    CompletableFuture<Double> shown = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          long a = System.nanoTime();
          Stage stage = new Stage();
          Scene scene = new Scene(root.get(), 1400, 860);
          out[0] = scene;
          Runnable[] once = new Runnable[1];
          once[0] =
              () -> {
                scene.removePostLayoutPulseListener(once[0]);
                shown.complete(ms(a));
              };
          scene.addPostLayoutPulseListener(once[0]);
          stage.setScene(scene);
          stage.show();
        });
    return shown.get(60, TimeUnit.SECONDS);
  }

  private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            f.complete(c.call());
          } catch (Exception e) {
            f.completeExceptionally(e);
          }
        });
    return f.get(60, TimeUnit.SECONDS);
  }

  static long rssKb() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }

  private static double pct(List<Double> values, int p) {
    List<Double> s = values.stream().sorted().toList();
    return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1));
  }

  private static double ms(long since) {
    return (System.nanoTime() - since) / 1e6;
  }

  private static void row(String what, double ms, String ratio) {
    System.out.printf(Locale.ROOT, "%-55s %10.1f ms  %s%n", what, ms, ratio);
  }
}
