package io.odigos.console;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Named moments of the start-up, in milliseconds since the JVM started, so that a slow first frame
 * can be taken apart without a profiler: {@code -Dconsole.startup.trace=true} logs them once the
 * first frame is drawn (the benchmark reads them too). Marks cost a {@link System#nanoTime()} each;
 * the JVM's start time is only asked for when the timeline is read, after the first frame.
 */
public final class StartupTimeline {
  /** System property: log the timeline after the first frame. */
  public static final String TRACE_PROPERTY = "console.startup.trace";

  private record Mark(String name, long nanos) {}

  private static final List<Mark> MARKS = new ArrayList<>();

  private StartupTimeline() {}

  /** Records that the start-up reached {@code name} now (any thread). */
  public static void mark(String name) {
    long now = System.nanoTime();
    synchronized (MARKS) {
      MARKS.add(new Mark(name, now));
    }
  }

  /** Milliseconds from the JVM's start to now. */
  public static long sinceJvmStart() {
    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
  }

  /**
   * The CPU time this process has used so far (all threads), in milliseconds, or -1 where the OS
   * does not tell: on a busy machine a steadier figure than the wall-clock time.
   */
  public static long cpuMillis() {
    return ProcessHandle.current()
        .info()
        .totalCpuDuration()
        .map(java.time.Duration::toMillis)
        .orElse(-1L);
  }

  /** The marks so far as {@code name=ms} pairs in the order they happened, ms since JVM start. */
  public static String summary() {
    long nowNanos = System.nanoTime();
    long uptimeMs = sinceJvmStart();
    StringBuilder s = new StringBuilder();
    synchronized (MARKS) {
      for (Mark m : MARKS) {
        long at = uptimeMs - (nowNanos - m.nanos()) / 1_000_000;
        if (!s.isEmpty()) {
          s.append(' ');
        }
        s.append(String.format(Locale.ROOT, "%s=%d", m.name(), at));
      }
    }
    return s.toString();
  }
}
