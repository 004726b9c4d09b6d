package io.odigos.bench.ebpf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the kernel says about a process in {@code /proc/<pid>}: its CPU time so far ({@code utime +
 * stime} of {@code stat}, every thread that ever ran included, kernel time of uprobe traps too) and
 * its resident memory ({@code VmRSS} of {@code status}).
 */
final class ProcStat {
  /** USER_HZ: {@code stat} counts in clock ticks, 100 per second on Linux x86-64. */
  static final long NANOS_PER_TICK = 10_000_000L;

  private ProcStat() {}

  /** {@code utime + stime} of the process, in nanoseconds (10 ms resolution). */
  static long cpuNanos(long pid) {
    String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
    return cpuNanosOfStat(stat);
  }

  /** {@code utime + stime} from the text of a {@code /proc/<pid>/stat}, in nanoseconds. */
  static long cpuNanosOfStat(String stat) {
    // the command (field 2) may hold spaces and parentheses: count fields after the last ')'
    int close = stat.lastIndexOf(')');
    if (close < 0) {
      throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + stat);
    }
    String[] f = stat.substring(close + 2).trim().split(" +");
    // f[0] is field 3 (state): utime is field 14, stime field 15
    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
    return ticks * NANOS_PER_TICK;
  }

  /** VmRSS of the process, in MB. */
  static double rssMb(long pid) {
    for (String line : read(Path.of("/proc", Long.toString(pid), "status")).split("\n")) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    throw new IllegalStateException("no VmRSS for process " + pid + " (has it exited?)");
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + p + " (has the process exited?)", e);
    }
  }
}
