package io.odigos.console.overview;

import java.time.Duration;

/** Runs something every so often until closed; tests pass one they tick by hand. */
public interface Poller {
  AutoCloseable every(Duration period, Runnable action);
}
