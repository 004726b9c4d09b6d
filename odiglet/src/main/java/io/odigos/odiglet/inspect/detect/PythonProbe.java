package io.odigos.odiglet.inspect.detect;

import io.odigos.model.v1alpha1.ProgrammingLanguage;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python (CPython): the executable is {@code python}, {@code python3}, {@code python3.12}... or a
 * {@code libpython3.X.so} is mapped (uwsgi and other embedders). The exact version comes from, in
 * order: the {@code Py_Version} symbol (the interpreter's {@code PY_VERSION_HEX}, exported since
 * 3.11) in libpython or the executable; the {@code "\0X.Y.Z\0"} {@code PY_VERSION} string in {@code
 * .rodata} (older builds that keep it as a string); {@code PYTHON_VERSION} from the environment
 * (official images); the {@code X.Y} of the file name.
 */
final class PythonProbe implements LanguageProbe {
  private static final Pattern EXE = Pattern.compile("python(\\d+(?:\\.\\d+)?)?[dmu]*");
  private static final Pattern LIB = Pattern.compile("libpython(\\d+\\.\\d+)[a-z]*\\.so.*");

  @Override
  public Optional<Match> probe(ProcessView p) {
    Matcher exe = EXE.matcher(p.exeName());
    Optional<String> lib = p.mapped(n -> LIB.matcher(n).matches());
    if (!exe.matches() && lib.isEmpty()) {
      return Optional.empty();
    }
    Optional<Path> libFile = lib.map(p::file);
    for (Path binary :
        libFile.isPresent() ? new Path[] {libFile.get(), p.exeFile()} : new Path[] {p.exeFile()}) {
      Optional<Long> hex = p.binaries().symbolWord(binary, "Py_Version");
      if (hex.isPresent() && hex.get() > 0) {
        return Optional.of(new Match(ProgrammingLanguage.PYTHON, fromHex(hex.get()), "Py_Version"));
      }
    }
    Optional<String> majorMinor =
        lib.map(l -> LIB.matcher(ProcessView.baseName(l)))
            .filter(Matcher::matches)
            .map(m -> m.group(1))
            .or(() -> Optional.ofNullable(exe.matches() ? exe.group(1) : null))
            .filter(v -> v.contains("."));
    if (majorMinor.isPresent()) {
      Path binary = libFile.orElse(p.exeFile());
      Optional<String> micro =
          p.binaries()
              .rodataTextAfter(binary, "\0" + majorMinor.get() + ".", Versions::versionChar)
              .filter(s -> s.chars().allMatch(Character::isDigit));
      if (micro.isPresent()) {
        return Optional.of(
            new Match(ProgrammingLanguage.PYTHON, majorMinor.get() + "." + micro.get(), "rodata"));
      }
    }
    Optional<String> env = p.env("PYTHON_VERSION").flatMap(Versions::firstDotted);
    if (env.isPresent()) {
      return Optional.of(new Match(ProgrammingLanguage.PYTHON, env.get(), "env:PYTHON_VERSION"));
    }
    return Optional.of(
        majorMinor
            .map(v -> new Match(ProgrammingLanguage.PYTHON, v, "file name"))
            .orElse(Match.unversioned(ProgrammingLanguage.PYTHON, "none")));
  }

  /** {@code 0x030B07F0} to {@code 3.11.7}; {@code 0x030D00C1} to {@code 3.13.0rc1}. */
  static String fromHex(long hex) {
    long major = (hex >> 24) & 0xff;
    long minor = (hex >> 16) & 0xff;
    long micro = (hex >> 8) & 0xff;
    int level = (int) ((hex >> 4) & 0xf);
    long serial = hex & 0xf;
    String base = major + "." + minor + "." + micro;
    return switch (level) {
      case 0xA -> base + "a" + serial;
      case 0xB -> base + "b" + serial;
      case 0xC -> base + "rc" + serial;
      default -> base;
    };
  }
}
