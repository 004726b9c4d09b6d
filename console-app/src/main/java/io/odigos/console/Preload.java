package io.odigos.console;

import io.odigos.model.catalog.DestinationCatalog;
import org.slf4j.LoggerFactory;

/**
 * Start-up work that does not need the FX thread, done on a thread of its own while JavaFX starts
 * its toolkit: the logging configuration and the destination catalog (dozens of YAML files) that
 * the first view reads. Whoever needs them first simply waits for the class initialisation in
 * progress, so the window never sees a half-loaded catalog.
 */
public final class Preload {
  private Preload() {}

  /** Starts the preloading (a daemon thread) and returns at once. */
  public static void start() {
    Thread t =
        new Thread(
            () -> {
              LoggerFactory.getLogger(Preload.class).debug("Preloading");
              DestinationCatalog.defaultCatalog();
            },
            "console-preload");
    t.setDaemon(true);
    t.start();
  }
}
