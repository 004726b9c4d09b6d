package io.odigos.odiglet.ebpf.libbpf;

import io.odigos.odiglet.inspect.elf.ElfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A tiny C program compiled with gcc at test time: it calls the non-inlined {@code
 * odigos_selftest_target(long)} with 0, 1, 2, ... as its first argument, about 1000 times a second
 * or, started {@link #startBusy() busy}, as fast as it can, until killed. {@link #fileOffset()} is
 * where a uprobe on that function's entry goes, computed from the ELF symbol table and program
 * headers like the odiglet does for real binaries.
 */
final class CTarget {
  static final String FUNCTION = "odigos_selftest_target";

  private static final String SOURCE =
      """
      #include <unistd.h>
      __attribute__((noinline)) long odigos_selftest_target(long n) {
        __asm__ volatile("" ::: "memory");
        return n * 3;
      }
      int main(int argc, char **argv) {
        int busy = argc > 1;
        volatile long sink = 0;
        for (long i = 0;; i++) {
          sink += odigos_selftest_target(i);
          if (!busy) usleep(1000);
        }
        return (int) sink;
      }
      """;

  private final Path binary;
  private final long fileOffset;

  private CTarget(Path binary, long fileOffset) {
    this.binary = binary;
    this.fileOffset = fileOffset;
  }

  /** Compiles the target into {@code dir}; fails loudly when gcc is missing. */
  static CTarget compile(Path dir) throws IOException, InterruptedException {
    Path src = dir.resolve("selftest_target.c");
    Path bin = dir.resolve("selftest_target");
    Files.writeString(src, SOURCE);
    Process gcc;
    try {
      gcc =
          new ProcessBuilder("gcc", "-O2", "-o", bin.toString(), src.toString())
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "gcc not found: run bpf/install-deps.sh (as root) to install it", e);
    }
    String out = new String(gcc.getInputStream().readAllBytes());
    if (!gcc.waitFor(60, TimeUnit.SECONDS) || gcc.exitValue() != 0) {
      throw new IllegalStateException("gcc failed: " + out);
    }
    try (ElfFile elf = ElfFile.open(bin)) {
      long vaddr =
          elf.symbolValue(FUNCTION)
              .orElseThrow(() -> new IllegalStateException(FUNCTION + " not in the symbol table"));
      long offset =
          elf.offsetOf(vaddr)
              .orElseThrow(() -> new IllegalStateException(FUNCTION + " not in a PT_LOAD segment"));
      return new CTarget(bin, offset);
    }
  }

  Path binary() {
    return binary;
  }

  long fileOffset() {
    return fileOffset;
  }

  Process start() throws IOException {
    return start(binary.toString());
  }

  /** The target in a tight loop (no sleep): as many probe hits as the CPU allows. */
  Process startBusy() throws IOException {
    return start(binary.toString(), "busy");
  }

  private static Process start(String... command) throws IOException {
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
