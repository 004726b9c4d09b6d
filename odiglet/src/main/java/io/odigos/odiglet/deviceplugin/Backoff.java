package io.odigos.odiglet.deviceplugin;

import java.time.Duration;

/**
 * Exponential backoff between registration attempts: starts at {@code initial}, doubles after each
 * failure, never exceeds {@code max}, and starts over after a success. Not thread-safe; used by the
 * one supervisor thread.
 */
final class Backoff {
  private final Duration initial;
  private final Duration max;
  private Duration current;

  Backoff(Duration initial, Duration max) {
    this.initial = initial;
    this.max = max;
    this.current = initial;
  }

  /** The wait before the next attempt, and doubles the one after it. */
  Duration next() {
    Duration wait = current;
    Duration doubled = current.multipliedBy(2);
    current = doubled.compareTo(max) > 0 ? max : doubled;
    return wait;
  }

  void reset() {
    current = initial;
  }
}
