package io.odigos.odiglet.inspect.detect;

import io.odigos.model.v1alpha1.RuntimeDetailsByContainer.LibCType;
import java.util.List;
import java.util.Optional;

/**
 * Which C library a process uses: musl's loader ({@code ld-musl-*.so.1}) or glibc's ({@code
 * ld-linux*.so.*}, {@code libc.so.6}) among the mapped files, else the executable's ELF
 * interpreter. Empty for a static binary (a Go program built with {@code CGO_ENABLED=0}).
 */
final class LibcDetector {
  private LibcDetector() {}

  static Optional<LibCType> fromMappedFiles(List<String> mappedFiles) {
    for (String f : mappedFiles) {
      Optional<LibCType> t = fromName(ProcessView.baseName(f));
      if (t.isPresent()) {
        return t;
      }
    }
    return Optional.empty();
  }

  static Optional<LibCType> fromName(String base) {
    if (base.startsWith("ld-musl-") || base.startsWith("libc.musl-")) {
      return Optional.of(LibCType.musl);
    }
    if (base.startsWith("ld-linux") || base.equals("libc.so.6") || base.startsWith("libc-2.")) {
      return Optional.of(LibCType.glibc);
    }
    return Optional.empty();
  }

  static Optional<LibCType> detect(ProcessView p) {
    return fromMappedFiles(p.process().mappedFiles())
        .or(
            () ->
                p.binaries()
                    .interpreter(p.exeFile())
                    .flatMap(i -> fromName(ProcessView.baseName(i))));
  }
}
