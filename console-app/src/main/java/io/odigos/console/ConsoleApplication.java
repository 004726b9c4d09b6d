package io.odigos.console;

import io.odigos.console.core.Navigation;
import io.odigos.console.shell.ShellView;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: one window with the console, cluster I/O on a small thread pool. */
public final class ConsoleApplication extends Application {
  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(ConsoleApplication.class);

  /** System property: run the AOT training (see {@link #train}) instead of connecting. */
  public static final String TRAINING_PROPERTY = "console.training";

  private ExecutorService background;
  private Console console;

  @Override
  public void start(Stage stage) {
    background = Executors.newFixedThreadPool(4, daemonThreads());
    console =
        Console.assemble(
            ConsoleConfig.fromEnvironment(),
            background,
            Platform::runLater,
            getHostServices()::showDocument);
    stage.setTitle("Odigos console");
    stage.setScene(console.scene(1280, 800));
    stage.show();
    // the first pulse after show() has drawn the window: log how long the start took
    Platform.runLater(
        () ->
            log.info(
                "First frame {} ms after JVM start",
                System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
    if (Boolean.getBoolean(TRAINING_PROPERTY)) {
      train(console.shell(), 0);
    } else {
      console.start();
    }
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
