package io.odigos.console;

import io.odigos.model.catalog.DestinationCatalog;
import org.slf4j.LoggerFactory;

/**
 * Start-up work that does not need the FX thread, started first thing in {@code main} while JavaFX
 * starts its toolkit: the destination catalog (dozens of YAML files) that the first view lists, and
 * the logging configuration, each on a daemon thread of its own so that neither waits for the other
 * (the catalog is on the first frame's critical path). Whoever needs them first simply waits for
 * the class initialisation in progress, so the window never sees a half-loaded catalog.
 */
public final class Preload {
  private Preload() {}

  /** Starts the preloading and returns at once. */
  public static void start() {
    start(
        "console-preload-catalog",
        () -> {
          DestinationCatalog.defaultCatalog();
          StartupTimeline.mark("catalog-loaded");
        });
    start(
        "console-preload-logging",
        () -> {
          LoggerFactory.getLogger(Preload.class).debug("Preloading");
          StartupTimeline.mark("logging-ready");
        });
  }

  private static void start(String name, Runnable work) {
    Thread t = new Thread(work, name);
    t.setDaemon(true);
    t.start();
  }
}
