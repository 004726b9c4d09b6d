package io.odigos.bench.ebpf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * How long the kernel spent running the BPF programs a process holds: {@code run_cnt} and {@code
 * run_time_ns} of each program fd in {@code /proc/<pid>/fdinfo}, counted while {@code
 * kernel.bpf_stats_enabled} is 1; program names from {@code bpftool prog show --json}. Tells the
 * programs' own cost apart from the uprobe traps'. The switch is the kernel's, machine-wide: {@link
 * #enable()} turns it on and {@link #close()} puts back what was there.
 */
final class BpfRunTimes implements AutoCloseable {
  private static final Path SWITCH = Path.of("/proc/sys/kernel/bpf_stats_enabled");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Runs and nanoseconds of one program (or a sum of them). */
  record RunTime(long runs, long nanos) {
    RunTime minus(RunTime o) {
      return new RunTime(runs - o.runs, nanos - o.nanos);
    }

    RunTime plus(RunTime o) {
      return new RunTime(runs + o.runs, nanos + o.nanos);
    }
  }

  private final String before;
  private final Map<Long, String> names = new HashMap<>();

  private BpfRunTimes(String before) {
    this.before = before;
  }

  static BpfRunTimes enable() {
    try {
      String was = Files.readString(SWITCH).strip();
      Files.writeString(SWITCH, "1");
      return new BpfRunTimes(was);
    } catch (IOException e) {
      throw new IllegalStateException("cannot turn on " + SWITCH + " (root?): " + e, e);
    }
  }

  /** Per program name, the totals so far of the BPF programs process {@code pid} holds. */
  Map<String, RunTime> snapshot(long pid) {
    Map<String, RunTime> out = new TreeMap<>();
    Path fds = Path.of("/proc", Long.toString(pid), "fd");
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(fds)) {
      for (Path fd : dir) {
        String target;
        try {
          target = Files.readSymbolicLink(fd).toString();
        } catch (IOException closedMeanwhile) {
          continue;
        }
        if (!target.equals("anon_inode:bpf-prog")) {
          continue;
        }
        Map<String, String> info;
        try {
          info = fdinfo(Files.readString(fds.resolveSibling("fdinfo").resolve(fd.getFileName())));
        } catch (IOException closedMeanwhile) {
          continue;
        }
        long id = Long.parseLong(info.getOrDefault("prog_id", "0"));
        RunTime t =
            new RunTime(
                Long.parseLong(info.getOrDefault("run_cnt", "0")),
                Long.parseLong(info.getOrDefault("run_time_ns", "0")));
        out.merge(name(id), t, RunTime::plus);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + fds + ": " + e, e);
    }
    return out;
  }

  static Map<String, String> fdinfo(String text) {
    Map<String, String> m = new HashMap<>();
    for (String line : text.split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        m.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    }
    return m;
  }

  private String name(long id) {
    if (!names.containsKey(id)) {
      names.putAll(namesFromBpftool());
    }
    return names.computeIfAbsent(id, i -> "prog id " + i);
  }

  /** Program names by id; empty when bpftool is not installed (ids then stand for names). */
  private static Map<Long, String> namesFromBpftool() {
    Map<Long, String> out = new HashMap<>();
    try {
      Process p =
          new ProcessBuilder("bpftool", "prog", "show", "--json")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
        for (JsonNode prog : JSON.readTree(json)) {
          out.put(prog.path("id").asLong(), prog.path("name").asText("?"));
        }
      }
    } catch (IOException noBpftool) {
      // names stay ids
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return out;
  }

  /** {@code after - before}, program by program. */
  static Map<String, RunTime> minus(Map<String, RunTime> after, Map<String, RunTime> before) {
    Map<String, RunTime> out = new TreeMap<>();
    after.forEach(
        (name, t) -> out.put(name, t.minus(before.getOrDefault(name, new RunTime(0, 0)))));
    return out;
  }

  @Override
  public void close() {
    try {
      Files.writeString(SWITCH, before);
    } catch (IOException e) {
      System.err.println("could not restore " + SWITCH + " to " + before + ": " + e);
    }
  }
}
