package io.odigos.console;

import io.odigos.console.core.Navigation;
import io.odigos.console.shell.ShellView;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one window with the console, cluster I/O on a small thread pool. */
public final class ConsoleApplication extends Application {
  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(ConsoleApplication.class);

  /** System property: run the AOT training (see {@link #train}) instead of connecting. */
  public static final String TRAINING_PROPERTY = "console.training";

  /**
   * System property: quit as soon as the first frame is drawn (the installers' smoke test and the
   * start-up benchmark read the "First frame" log line).
   */
  public static final String EXIT_AFTER_FIRST_FRAME_PROPERTY = "console.exitAfterFirstFrame";

  private ExecutorService background;
  private Console console;

  @Override
  public void start(Stage stage) {
    StartupTimeline.mark("fx-start");
    background = Executors.newFixedThreadPool(4, daemonThreads());
    ConsoleConfig config = ConsoleConfig.fromEnvironment();
    StartupTimeline.mark("config");
    console =
        Console.assemble(config, background, Platform::runLater, getHostServices()::showDocument);
    StartupTimeline.mark("assembled");
    Scene scene = console.scene(1280, 800);
    StartupTimeline.mark("scene");
    // show() would do both; done here so that the timeline tells styling and layout apart
    scene.getRoot().applyCss();
    StartupTimeline.mark("css");
    scene.getRoot().layout();
    StartupTimeline.mark("layout");
    stage.setTitle("Odigos console");
    stage.setScene(scene);
    afterFirstFrame(scene, this::firstFrameDrawn);
    stage.show();
    StartupTimeline.mark("shown");
  }

  /**
   * Everything the first frame does not need starts here, so that it does not compete for the CPU
   * with the first layout and paint: reading the kubeconfig, building the fabric8 client and
   * connecting (or, in the AOT training run, visiting every view).
   */
  private void firstFrameDrawn() {
    StartupTimeline.mark("first-frame");
    log.info(
        "First frame {} ms after JVM start ({} ms CPU)",
        StartupTimeline.sinceJvmStart(),
        StartupTimeline.cpuMillis());
    if (Boolean.getBoolean(StartupTimeline.TRACE_PROPERTY)) {
      log.info("Start-up timeline (ms since JVM start): {}", StartupTimeline.summary());
    }
    if (Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME_PROPERTY)) {
      Platform.exit();
    } else if (Boolean.getBoolean(TRAINING_PROPERTY)) {
      train(console.shell(), 0);
    } else {
      console.start();
    }
  }

  /** Runs {@code action} once, on the FX thread, after the scene's next pulse has laid it out. */
  static void afterFirstFrame(Scene scene, Runnable action) {
    Runnable[] once = new Runnable[1];
    once[0] =
        () -> {
          scene.removePostLayoutPulseListener(once[0]);
          // after this pulse, not inside it: what the action starts must not lengthen the frame
          Platform.runLater(action);
        };
    scene.addPostLayoutPulseListener(once[0]);
  }

  /**
   * The AOT training run ({@code console-app/aot-cache.sh}): with no cluster, shows every view once
   * (one per frame, so each is laid out and drawn) and quits; the JVM then writes the classes this
   * loaded and linked into the cache that later starts use.
   */
  private static void train(ShellView shell, int next) {
    if (next < Navigation.ENTRIES.size()) {
      shell.navigate(Navigation.ENTRIES.get(next).id());
      Platform.runLater(() -> Platform.runLater(() -> train(shell, next + 1)));
    } else {
      shell.navigate(Navigation.ENTRIES.getFirst().id());
      Platform.runLater(Platform::exit);
    }
  }

  @Override
  public void stop() {
    if (console != null) {
      console.close();
    }
    if (background != null) {
      background.shutdownNow();
    }
  }

  /** Daemon threads: a hung API call must not keep the app alive after its window closed. */
  static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "console-io-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
