package io.odigos.odiglet.inspect.proc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the per-process files of a procfs mount. The root is a parameter: {@code /proc} on a plain
 * machine, the host's {@code /proc} in a DaemonSet with {@code hostPID}, a temporary directory in
 * tests. Every read returns what it could get and throws {@link IOException} only for the caller to
 * decide; parsing never throws on malformed content (bytes that are not UTF-8, lines that do not
 * match, truncated records are ignored).
 */
public final class ProcFs {
  /** {@code AT_SECURE}: non-zero when the kernel started the process in secure-execution mode. */
  static final long AT_SECURE = 23;

  private static final long MAX_READ = 4L << 20;

  private final Path root;

  public ProcFs(Path root) {
    this.root = root;
  }

  /** The host's procfs. */
  public static ProcFs system() {
    return new ProcFs(Path.of("/proc"));
  }

  public Path root() {
    return root;
  }

  /** The numeric entries of the root, in ascending order; non-numeric names are ignored. */
  public List<Integer> listPids() throws IOException {
    List<Integer> pids = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (!name.isEmpty() && name.length() <= 10 && name.chars().allMatch(Character::isDigit)) {
          long pid = Long.parseLong(name);
          if (pid > 0 && pid <= Integer.MAX_VALUE) {
            pids.add((int) pid);
          }
        }
      }
    }
    pids.sort(Integer::compare);
    return pids;
  }

  /** {@code /proc/<pid>}. */
  public Path dir(int pid) {
    return root.resolve(Integer.toString(pid));
  }

  /** {@code /proc/<pid>/exe}: opening it reads the process's binary, even in another mount ns. */
  public Path exeFile(int pid) {
    return dir(pid).resolve("exe");
  }

  /**
   * A path as the process sees it, reached through {@code /proc/<pid>/root} (the container's file
   * system for a containerised process).
   */
  public Path inProcessRoot(int pid, String absolutePath) {
    String relative = absolutePath.startsWith("/") ? absolutePath.substring(1) : absolutePath;
    return dir(pid).resolve("root").resolve(relative);
  }

  /** The command name (at most 15 bytes, from {@code comm}). */
  public String comm(int pid) throws IOException {
    return new String(read(dir(pid).resolve("comm")), StandardCharsets.UTF_8).strip();
  }

  /** The target of the {@code exe} link, as the process sees it; empty for kernel threads. */
  public Optional<String> exeLink(int pid) throws IOException {
    Path link = exeFile(pid);
    try {
      return Optional.of(Files.readSymbolicLink(link).toString());
    } catch (java.nio.file.NoSuchFileException e) {
      if (Files.exists(dir(pid), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty(); // kernel thread: the process is there, it has no exe
      }
      throw e;
    }
  }

  /** The arguments, split at NUL bytes. */
  public List<String> cmdline(int pid) throws IOException {
    return splitNul(read(dir(pid).resolve("cmdline")));
  }

  /**
   * The initial environment, {@code NAME=value} entries split at NUL; entries without {@code =} or
   * with an empty name are dropped, the first occurrence of a name wins (as in {@code getenv}).
   */
  public Map<String, String> environ(int pid) throws IOException {
    return parseEnviron(read(dir(pid).resolve("environ")));
  }

  /** The lines of {@code cgroup}. */
  public List<String> cgroup(int pid) throws IOException {
    return new String(read(dir(pid).resolve("cgroup")), StandardCharsets.UTF_8).lines().toList();
  }

  /** The distinct paths of files mapped into the process, in order of first appearance. */
  public List<String> mappedFiles(int pid) throws IOException {
    return parseMappedFiles(read(dir(pid).resolve("maps")));
  }

  /** The real and effective user and group ids from {@code status}, when present. */
  public Optional<Credentials> credentials(int pid) throws IOException {
    return parseCredentials(new String(read(dir(pid).resolve("status")), StandardCharsets.UTF_8));
  }

  /**
   * The {@code AT_SECURE} entry of the auxiliary vector, empty when absent or unreadable.
   *
   * @param wordSize 8 for a 64-bit process, 4 for a 32-bit one
   */
  public Optional<Boolean> secureExec(int pid, int wordSize) throws IOException {
    return parseAtSecure(read(dir(pid).resolve("auxv")), wordSize);
  }

  /** Real and effective ids of a process. */
  public record Credentials(long realUid, long effectiveUid, long realGid, long effectiveGid) {
    /** Set-user-ID or set-group-ID in effect: the other signal of secure execution. */
    public boolean idsDiffer() {
      return realUid != effectiveUid || realGid != effectiveGid;
    }
  }

  static Map<String, String> parseEnviron(byte[] bytes) {
    Map<String, String> env = new LinkedHashMap<>();
    for (String entry : splitNul(bytes)) {
      int eq = entry.indexOf('=');
      if (eq > 0) {
        env.putIfAbsent(entry.substring(0, eq), entry.substring(eq + 1));
      }
    }
    return env;
  }

  static List<String> parseMappedFiles(byte[] bytes) {
    Set<String> files = new LinkedHashSet<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).lines().toList()) {
      // address perms offset dev inode [path]; the path may contain spaces, it starts with '/'
      int slash = line.indexOf('/');
      if (slash < 0 || !looksLikeMapsLine(line, slash)) {
        continue;
      }
      String path = line.substring(slash);
      if (path.endsWith(" (deleted)")) {
        path = path.substring(0, path.length() - " (deleted)".length());
      }
      files.add(path);
    }
    return new ArrayList<>(files);
  }

  private static boolean looksLikeMapsLine(String line, int slash) {
    String[] head = line.substring(0, slash).trim().split("\\s+");
    return head.length == 5 && head[0].indexOf('-') > 0 && head[1].length() == 4;
  }

  static Optional<Credentials> parseCredentials(String status) {
    long[] uid = null;
    long[] gid = null;
    for (String line : status.lines().toList()) {
      if (line.startsWith("Uid:")) {
        uid = ids(line.substring(4));
      } else if (line.startsWith("Gid:")) {
        gid = ids(line.substring(4));
      }
    }
    if (uid == null || gid == null) {
      return Optional.empty();
    }
    return Optional.of(new Credentials(uid[0], uid[1], gid[0], gid[1]));
  }

  private static long[] ids(String fields) {
    String[] parts = fields.trim().split("\\s+");
    if (parts.length < 2) {
      return null;
    }
    try {
      return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Optional<Boolean> parseAtSecure(byte[] auxv, int wordSize) {
    int entry = 2 * wordSize;
    for (int off = 0; off + entry <= auxv.length; off += entry) {
      long type = word(auxv, off, wordSize);
      if (type == 0) {
        break; // AT_NULL ends the vector
      }
      if (type == AT_SECURE) {
        return Optional.of(word(auxv, off + wordSize, wordSize) != 0);
      }
    }
    return Optional.empty();
  }

  private static long word(byte[] b, int off, int size) {
    long v = 0;
    for (int i = size - 1; i >= 0; i--) { // procfs shows the native (little-endian here) layout
      v = (v << 8) | (b[off + i] & 0xffL);
    }
    return v;
  }

  static List<String> splitNul(byte[] bytes) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == 0) {
        if (i > start) {
          parts.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
        }
        start = i + 1;
      }
    }
    return parts;
  }

  /** Reads a whole (small) proc file; procfs sizes are 0, so read until EOF with a cap. */
  private static byte[] read(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      return in.readNBytes((int) MAX_READ);
    }
  }
}
