package io.odigos.console.core;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs cluster I/O on the background executor and hands the outcome to the UI executor, so view
 * models never block the FX thread and never touch their properties from another thread. The app
 * passes a thread pool and {@code Platform::runLater}; unit tests pass {@code Runnable::run} for
 * both and get everything on the calling thread.
 */
public final class Tasks {
  private static final Logger log = LoggerFactory.getLogger(Tasks.class);

  private final Executor background;
  private final Executor ui;
  private final Activity activity;

  public Tasks(Executor background, Executor ui, Activity activity) {
    this.background = Objects.requireNonNull(background);
    this.ui = Objects.requireNonNull(ui);
    this.activity = Objects.requireNonNull(activity);
  }

  /** Everything on the calling thread: for unit tests of view models. */
  public static Tasks sameThread() {
    return new Tasks(Runnable::run, Runnable::run, new Activity());
  }

  /**
   * Runs {@code work} in the background; then {@code onSuccess} or {@code onFailure} on the UI
   * executor. The status bar shows {@code what} while it runs.
   */
  public <T> void run(
      String what, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    ui.execute(() -> activity.started(what));
    background.execute(
        () -> {
          T result;
          try {
            result = work.call();
          } catch (Exception | LinkageError e) {
            log.warn("{} failed: {}", what, ErrorText.of(e));
            ui.execute(
                () -> {
                  activity.failed(what, ErrorText.of(e));
                  onFailure.accept(e);
                });
            return;
          }
          ui.execute(
              () -> {
                activity.finished(what);
                onSuccess.accept(result);
              });
        });
  }

  /** Runs on the UI executor (e.g. an informer event that a view model must see). */
  public void onUi(Runnable action) {
    ui.execute(action);
  }

  public Activity activity() {
    return activity;
  }
}
