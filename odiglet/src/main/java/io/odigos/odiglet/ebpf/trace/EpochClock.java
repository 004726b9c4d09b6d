package io.odigos.odiglet.ebpf.trace;

import java.time.Instant;

/**
 * Turns the probes' CLOCK_MONOTONIC timestamps into Unix epoch nanoseconds: the offset between the
 * two clocks is taken once, at creation ({@link System#nanoTime()} reads the same monotonic clock).
 */
public final class EpochClock {
  private final long offsetNanos;

  private EpochClock(long offsetNanos) {
    this.offsetNanos = offsetNanos;
  }

  public static EpochClock now() {
    Instant wall = Instant.now();
    long mono = System.nanoTime();
    return new EpochClock(wall.getEpochSecond() * 1_000_000_000L + wall.getNano() - mono);
  }

  /** A clock with a known offset (tests). */
  public static EpochClock withOffset(long offsetNanos) {
    return new EpochClock(offsetNanos);
  }

  public long epochNanos(long monotonicNanos) {
    return monotonicNanos + offsetNanos;
  }
}
