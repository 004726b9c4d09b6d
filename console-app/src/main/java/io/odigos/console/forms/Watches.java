package io.odigos.console.forms;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a watch, retrying a few times with a doubling pause: right after a connection the API
 * server may still answer "storage is (re)initializing", and a view should not stay empty for that.
 * Blocking: call it on the background executor.
 */
public final class Watches {
  private static final Logger log = LoggerFactory.getLogger(Watches.class);

  /** Four tries over about 3.5 s. */
  public static final int ATTEMPTS = 4;

  public static final Duration FIRST_PAUSE = Duration.ofMillis(500);

  private Watches() {}

  public static AutoCloseable start(Callable<AutoCloseable> watch) throws Exception {
    return start(watch, ATTEMPTS, FIRST_PAUSE);
  }

  public static AutoCloseable start(
      Callable<AutoCloseable> watch, int attempts, Duration firstPause) throws Exception {
    Duration pause = firstPause;
    for (int i = 1; ; i++) {
      try {
        return watch.call();
      } catch (RuntimeException e) {
        if (i >= attempts) {
          throw e;
        }
        log.info(
            "Watch failed ({}), try {} of {} in {} ms",
            e.getMessage(),
            i + 1,
            attempts,
            pause.toMillis());
        Thread.sleep(pause.toMillis());
        pause = pause.multipliedBy(2);
      }
    }
  }
}
