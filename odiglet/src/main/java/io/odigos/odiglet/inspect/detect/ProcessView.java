package io.odigos.odiglet.inspect.detect;

import io.odigos.odiglet.inspect.proc.ProcFs;
import io.odigos.odiglet.inspect.proc.ProcessSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One process as the detectors see it: its snapshot, plus access to its files through procfs (the
 * executable through {@code /proc/<pid>/exe}, other paths through {@code /proc/<pid>/root}) and the
 * shared binary cache.
 */
record ProcessView(ProcessSnapshot process, ProcFs proc, BinaryFacts binaries) {

  String exeName() {
    return process.exeName();
  }

  Path exeFile() {
    return proc.exeFile(process.pid());
  }

  /** A path as the process sees it, reached from the odiglet. */
  Path file(String absolutePath) {
    return proc.inProcessRoot(process.pid(), absolutePath);
  }

  Optional<String> env(String name) {
    return Optional.ofNullable(process.environ().get(name)).filter(v -> !v.isBlank());
  }

  /** The first mapped file whose base name passes the test. */
  Optional<String> mapped(Predicate<String> baseName) {
    return process.mappedFiles().stream().filter(p -> baseName.test(baseName(p))).findFirst();
  }

  /** A small text file of the process's file system (a JDK's {@code release}, a venv config). */
  Optional<String> readSmallFile(String absolutePath) {
    Path p = file(absolutePath);
    try {
      if (!Files.isRegularFile(p) || Files.size(p) > 256 * 1024) {
        return Optional.empty();
      }
      return Optional.of(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static String baseName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /** The parent of an absolute path ({@code /a/b/c} to {@code /a/b}); empty at the root. */
  static Optional<String> parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? Optional.empty() : Optional.of(path.substring(0, slash));
  }
}
