package io.odigos.odiglet.inspect.proc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a {@link ProcessSnapshot} of every process under a procfs root. Processes come and go while
 * the scan runs and some files are unreadable (other users, kernel threads, garbage in a test
 * root): such a process, or such a file, is skipped with a DEBUG log; the scan itself never fails
 * because of one process.
 */
public final class ProcScanner {
  private static final Logger LOG = LoggerFactory.getLogger(ProcScanner.class);

  private final ProcFs proc;

  public ProcScanner(ProcFs proc) {
    this.proc = proc;
  }

  public ProcFs proc() {
    return proc;
  }

  /** Every user-space process; empty (with a WARN) only if the root itself cannot be listed. */
  public List<ProcessSnapshot> scanAll() {
    List<Integer> pids;
    try {
      pids = proc.listPids();
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot list processes under {}: {}", proc.root(), e.toString());
      return List.of();
    }
    return scan(pids);
  }

  /** The given processes, skipping those that are gone or have nothing to inspect. */
  public List<ProcessSnapshot> scan(List<Integer> pids) {
    List<ProcessSnapshot> out = new ArrayList<>(pids.size());
    for (int pid : pids) {
      snapshot(pid).ifPresent(out::add);
    }
    return out;
  }

  /** One process; empty if it vanished, is a kernel thread, or its basic files are unreadable. */
  public Optional<ProcessSnapshot> snapshot(int pid) {
    try {
      String comm = proc.comm(pid);
      Optional<String> exe = optional(pid, "exe", () -> proc.exeLink(pid)).flatMap(o -> o);
      List<String> cmdline = optional(pid, "cmdline", () -> proc.cmdline(pid)).orElse(List.of());
      if (exe.isEmpty() && cmdline.isEmpty()) {
        return Optional.empty(); // kernel thread, or a zombie
      }
      Map<String, String> env = optional(pid, "environ", () -> proc.environ(pid)).orElse(Map.of());
      List<String> cgroup = optional(pid, "cgroup", () -> proc.cgroup(pid)).orElse(List.of());
      List<String> maps = optional(pid, "maps", () -> proc.mappedFiles(pid)).orElse(List.of());
      return Optional.of(
          new ProcessSnapshot(
              pid, comm, exe, cmdline, env, cgroup, maps, secureExec(pid, exe.isPresent())));
    } catch (NoSuchFileException e) {
      LOG.debug("process {} exited during the scan", pid);
    } catch (IOException | RuntimeException e) {
      LOG.debug("skipping process {}: {}", pid, e.toString());
    }
    return Optional.empty();
  }

  private Optional<Boolean> secureExec(int pid, boolean hasExe) {
    int wordSize = hasExe ? elfWordSize(pid) : 8;
    Optional<Boolean> atSecure =
        optional(pid, "auxv", () -> proc.secureExec(pid, wordSize)).flatMap(o -> o);
    if (atSecure.isPresent()) {
      return atSecure;
    }
    return optional(pid, "status", () -> proc.credentials(pid))
        .flatMap(o -> o)
        .map(ProcFs.Credentials::idsDiffer);
  }

  /** 4 for a 32-bit ELF executable, else 8 (the auxv word size of the process). */
  private int elfWordSize(int pid) {
    try (InputStream in = Files.newInputStream(proc.exeFile(pid))) {
      byte[] ident = in.readNBytes(5);
      return ident.length == 5 && ident[0] == 0x7f && ident[4] == 1 ? 4 : 8;
    } catch (IOException | RuntimeException e) {
      return 8;
    }
  }

  private interface Read<T> {
    T get() throws IOException;
  }

  private static <T> Optional<T> optional(int pid, String what, Read<T> read) {
    try {
      return Optional.ofNullable(read.get());
    } catch (IOException | RuntimeException e) {
      LOG.debug("process {}: cannot read {}: {}", pid, what, e.toString());
      return Optional.empty();
    }
  }
}
