package io.odigos.odiglet.inspect.proc;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What procfs said about one process at one moment. Fields that could not be read are empty (never
 * null): a process keeps being inspected with what is left.
 *
 * @param exe the target of {@code /proc/<pid>/exe} as the process sees it
 * @param mappedFiles distinct paths from {@code maps}
 * @param secureExec {@code AT_SECURE} from {@code auxv}, or set-id from {@code status}; empty if
 *     neither could be read
 */
public record ProcessSnapshot(
    int pid,
    String comm,
    Optional<String> exe,
    List<String> cmdline,
    Map<String, String> environ,
    List<String> cgroup,
    List<String> mappedFiles,
    Optional<Boolean> secureExec) {

  public ProcessSnapshot {
    cmdline = List.copyOf(cmdline);
    environ = Map.copyOf(environ);
    cgroup = List.copyOf(cgroup);
    mappedFiles = List.copyOf(mappedFiles);
  }

  /** The file name of the executable, else the command name. */
  public String exeName() {
    return exe.map(ProcessSnapshot::baseName).orElse(comm);
  }

  static String baseName(String path) {
    String p = path.endsWith(" (deleted)") ? path.substring(0, path.length() - 10) : path;
    int slash = p.lastIndexOf('/');
    return slash < 0 ? p : p.substring(slash + 1);
  }
}
