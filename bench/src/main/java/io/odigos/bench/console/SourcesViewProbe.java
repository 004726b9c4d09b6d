package io.odigos.bench.console;

import io.odigos.console.Console;
import io.odigos.console.ConsoleConfig;
import io.odigos.console.Preload;
import io.odigos.console.connect.LastContextStore;
import io.odigos.console.core.Navigation;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The measuring side of {@link SourcesViewBench}, in a JVM of its own started like the console
 * ({@link ConsoleJvm}), so its RSS is the console's alone. It builds the real console window as
 * {@code ConsoleApplication} does and measures JVM start to its first frame; with a kubeconfig it
 * then connects the window to the seeded cluster, opens Sources and measures the load until every
 * workload is counted, filter-as-you-type (keystroke to the model, and to the end of the next
 * rendered frame) and the RSS. Prints {@code RESULT <name> <value>} lines. Arguments: {@code
 * <kubeconfig|-> [workloads]}.
 */
public final class SourcesViewProbe {
  private SourcesViewProbe() {}

  public static void main(String[] args) throws Exception {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    Path kubeconfig = args[0].equals("-") ? Path.of("/nonexistent/kubeconfig") : Path.of(args[0]);
    ExecutorService background =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "console-io");
              t.setDaemon(true);
              return t;
            });
    Preload.start(); // as ConsoleApp.main
    CompletableFuture<Long> shown = new CompletableFuture<>();
    Console[] console = new Console[1];
    Scene[] scene = new Scene[1];
    Platform.startup(
        () -> {
          // as ConsoleApplication.start, with the remembered context kept in memory
          ConsoleConfig config =
              new ConsoleConfig(
                  kubeconfig,
                  ConsoleConfig.DEFAULT_NAMESPACE,
                  Duration.ofSeconds(5),
                  Duration.ofSeconds(15),
                  LastContextStore.inMemory());
          console[0] = Console.assemble(config, background, Platform::runLater);
          scene[0] = console[0].scene(1280, 800);
          onNextPulse(scene[0], () -> shown.complete(System.currentTimeMillis()));
          Stage stage = new Stage();
          stage.setScene(scene[0]);
          stage.show();
        });
    result("console_first_frame_ms", shown.get(120, TimeUnit.SECONDS) - jvmStart);
    if (args[0].equals("-")) {
      result("rss_mb", rssKb() / 1024.0);
      exit();
    }
    int workloads = Integer.parseInt(args[1]);

    // connect the window to the cluster (the kubeconfig's current context) and open Sources
    CountDownLatch loaded = new CountDownLatch(1);
    long[] v0 = new long[1];
    pulse(scene[0], () -> console[0].shell().navigate(Navigation.SOURCES)); // skins built
    Label count =
        fx(
            () -> {
              Label c = (Label) scene[0].lookup("#sourcesCount");
              c.textProperty()
                  .addListener(
                      (o, a, text) -> {
                        if (text.equals(workloads + " workloads")) {
                          loaded.countDown();
                        }
                      });
              v0[0] = System.nanoTime();
              console[0].start();
              return c;
            });
    if (!loaded.await(300, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the view did not get all workloads: " + count.getText());
    }
    double load = ms(v0[0]);
    // let the last batch be drawn
    pulse(scene[0], () -> {});

    TextField filter = (TextField) fx(() -> scene[0].lookup("#sourcesFilter"));
    TableView<?> table = (TableView<?>) fx(() -> scene[0].lookup("#sourcesTable"));
    List<Double> model = new ArrayList<>();
    List<Double> frame = new ArrayList<>();
    for (int round = 0; round < 2; round++) { // round 0 warms up
      for (String text : typing()) {
        double[] m = new double[1];
        long f0 = System.nanoTime();
        double toFrame =
            pulse(
                scene[0],
                () -> {
                  long a = System.nanoTime();
                  filter.setText(text);
                  m[0] = ms(a);
                });
        if (round == 1) {
          model.add(m[0]);
          frame.add(ms(f0));
        }
      }
    }
    int shownAtEnd = fx(() -> table.getItems().size());
    long rss = rssKb();
    result("load_ms", load);
    result("filter_model_p50_ms", pct(model, 50));
    result("filter_model_p95_ms", pct(model, 95));
    result("filter_frame_p50_ms", pct(frame, 50));
    result("filter_frame_p95_ms", pct(frame, 95));
    result("filter_frame_max_ms", pct(frame, 100));
    result("rss_mb", rss / 1024.0);
    result("filters", model.size());
    result("rows_after_last_filter", shownAtEnd);
    // where the memory is (after the RSS was read): heap committed and used, the live set after a
    // full collection, and the JVM's other committed memory
    var memory = ManagementFactory.getMemoryMXBean();
    result("heap_committed_mb", memory.getHeapMemoryUsage().getCommitted() / 1048576.0);
    result("heap_used_mb", memory.getHeapMemoryUsage().getUsed() / 1048576.0);
    result("non_heap_committed_mb", memory.getNonHeapMemoryUsage().getCommitted() / 1048576.0);
    System.gc();
    result("heap_live_mb", memory.getHeapMemoryUsage().getUsed() / 1048576.0);
    result("views_built", fx(() -> console[0].shell().builtViews().size()));
    fx(
        () -> {
          console[0].close();
          return null;
        });
    exit();
  }

  /** What a user types: words growing a letter at a time, then erased. */
  static List<String> typing() {
    List<String> t = new ArrayList<>();
    for (String word : List.of("ns-042", "app-17", "java")) {
      for (int i = 1; i <= word.length(); i++) {
        t.add(word.substring(0, i));
      }
    }
    t.add("instrumented");
    t.add("");
    return t;
  }

  /** Runs the action on the FX thread, then waits for the end of the next rendered pulse. */
  private static double pulse(Scene scene, Runnable action) throws Exception {
    long t0 = System.nanoTime();
    CompletableFuture<Double> done = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          action.run();
          onNextPulse(scene, () -> done.complete(ms(t0)));
          Platform.requestNextPulse();
        });
    return done.get(60, TimeUnit.SECONDS);
  }

  private static void onNextPulse(Scene scene, Runnable then) {
    Runnable[] once = new Runnable[1];
    once[0] =
        () -> {
          scene.removePostLayoutPulseListener(once[0]);
          then.run();
        };
    scene.addPostLayoutPulseListener(once[0]);
  }

  static void result(String name, double value) {
    System.out.printf(Locale.ROOT, "RESULT %s %.1f%n", name, value);
  }

  private static void exit() {
    Platform.exit();
    System.exit(0);
  }

  private static <T> T fx(Callable<T> c) throws Exception {
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
    throw new IllegalStateException("no VmRSS in /proc/self/status");
  }

  private static double pct(List<Double> values, int p) {
    List<Double> s = values.stream().sorted().toList();
    return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1));
  }

  private static double ms(long since) {
    return (System.nanoTime() - since) / 1e6;
  }
}
