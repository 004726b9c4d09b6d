package io.odigos.console.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Turns counters sampled over time into per-second rates, per key, and keeps the recent rates for
 * sparklines. The first sample of a key has no rate; a counter that went down (a restarted
 * collector) restarts from that sample.
 */
public final class RateTracker {
  private record Point(Instant at, double value) {}

  private final int historySize;
  private final Map<String, Point> last = new HashMap<>();
  private final Map<String, Deque<Double>> history = new HashMap<>();

  public RateTracker(int historySize) {
    this.historySize = historySize;
  }

  /** Records the counter's value; returns the rate since the previous sample, if there is one. */
  public synchronized OptionalDouble sample(String key, Instant at, double counter) {
    Point previous = last.put(key, new Point(at, counter));
    if (previous == null || counter < previous.value() || !at.isAfter(previous.at())) {
      return OptionalDouble.empty();
    }
    double seconds = Duration.between(previous.at(), at).toNanos() / 1e9;
    double rate = (counter - previous.value()) / seconds;
    Deque<Double> h = history.computeIfAbsent(key, k -> new ArrayDeque<>());
    h.addLast(rate);
    while (h.size() > historySize) {
      h.removeFirst();
    }
    return OptionalDouble.of(rate);
  }

  /** The latest rate of the key, if two samples were taken. */
  public synchronized OptionalDouble rate(String key) {
    Deque<Double> h = history.get(key);
    return h == null || h.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(h.getLast());
  }

  /** Oldest first. */
  public synchronized List<Double> history(String key) {
    Deque<Double> h = history.get(key);
    return h == null ? List.of() : List.copyOf(h);
  }

  /** Forgets a key (e.g. its collector became unreachable). */
  public synchronized void forget(String key) {
    last.remove(key);
  }
}
