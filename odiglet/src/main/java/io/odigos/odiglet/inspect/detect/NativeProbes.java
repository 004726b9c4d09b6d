package io.odigos.odiglet.inspect.detect;

import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.odiglet.inspect.elf.GoBuildInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Compiled programs: Go, the server runtimes known by name, Rust and C++. */
final class NativeProbes {
  private NativeProbes() {}

  /** Go: the executable carries Go build info; the version is the toolchain's ({@code 1.26.8}). */
  static final class Go implements LanguageProbe {
    @Override
    public Optional<Match> probe(ProcessView p) {
      return p.binaries()
          .goBuildInfo(p.exeFile())
          .map(GoBuildInfo::versionNumber)
          .map(v -> new Match(ProgrammingLanguage.GO, v, "Go build info"));
    }
  }

  /**
   * nginx, MySQL/MariaDB, Redis and PostgreSQL by executable name. Versions: nginx's {@code
   * "nginx/<version>"} and PostgreSQL's {@code "(PostgreSQL) <version>"} texts in the binary, else
   * the variable the official image sets.
   */
  static final class Servers implements LanguageProbe {
    private record Server(ProgrammingLanguage language, String marker, List<String> envVars) {}

    private static final Map<String, Server> BY_EXE =
        Map.of(
            "nginx", new Server(ProgrammingLanguage.NGINX, "nginx/", List.of("NGINX_VERSION")),
            "mysqld", new Server(ProgrammingLanguage.MYSQL, null, List.of("MYSQL_VERSION")),
            "mariadbd", new Server(ProgrammingLanguage.MYSQL, null, List.of("MARIADB_VERSION")),
            "redis-server", new Server(ProgrammingLanguage.REDIS, null, List.of("REDIS_VERSION")),
            "postgres",
                new Server(
                    ProgrammingLanguage.POSTGRES,
                    "(PostgreSQL) ",
                    List.of("PG_VERSION", "PG_MAJOR")),
            "postmaster",
                new Server(
                    ProgrammingLanguage.POSTGRES,
                    "(PostgreSQL) ",
                    List.of("PG_VERSION", "PG_MAJOR")));

    @Override
    public Optional<Match> probe(ProcessView p) {
      Server s = BY_EXE.get(p.exeName());
      if (s == null) {
        return Optional.empty();
      }
      if (s.marker() != null) {
        Optional<String> baked =
            p.binaries()
                .rodataTextAfter(p.exeFile(), s.marker(), Versions::versionChar)
                .flatMap(Versions::firstNumber);
        if (baked.isPresent()) {
          return Optional.of(new Match(s.language(), baked.get(), "binary"));
        }
      }
      for (String name : s.envVars()) {
        Optional<String> v = p.env(name).flatMap(Versions::firstNumber);
        if (v.isPresent()) {
          return Optional.of(new Match(s.language(), v.get(), "env:" + name));
        }
      }
      return Optional.of(Match.unversioned(s.language(), "none"));
    }
  }

  /**
   * Rust: rustc writes {@code "rustc version X.Y.Z (...)"} into {@code .comment}; without it, the
   * standard library's panic entry points in the symbol table mark a Rust binary (version unknown).
   */
  static final class Rust implements LanguageProbe {
    private static final String RUSTC = "rustc version ";

    @Override
    public Optional<Match> probe(ProcessView p) {
      for (String c : p.binaries().comments(p.exeFile())) {
        int at = c.indexOf(RUSTC);
        if (at >= 0) {
          return Versions.firstDotted(c.substring(at + RUSTC.length()))
              .map(v -> new Match(ProgrammingLanguage.RUST, v, ".comment"))
              .or(() -> Optional.of(Match.unversioned(ProgrammingLanguage.RUST, ".comment")));
        }
      }
      if (p.binaries().hasSymbolPrefix(p.exeFile(), "rust_begin_unwind")
          || p.binaries().hasSymbolPrefix(p.exeFile(), "__rust_alloc")) {
        return Optional.of(Match.unversioned(ProgrammingLanguage.RUST, "symbols"));
      }
      return Optional.empty();
    }
  }

  /**
   * C++: a C++ standard library ({@code libstdc++.so}, {@code libc++.so}) is mapped and no other
   * runtime matched. The version is the compiler's, from {@code .comment} ({@code gcc 12.2.0},
   * {@code clang 16.0.6}): what a C++ program's "runtime" most usefully is.
   */
  static final class Cpp implements LanguageProbe {
    @Override
    public Optional<Match> probe(ProcessView p) {
      if (p.mapped(n -> n.startsWith("libstdc++.so") || n.startsWith("libc++.so")).isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          compiler(p.binaries().comments(p.exeFile()))
              .map(v -> new Match(ProgrammingLanguage.CPLUSPLUS, v, ".comment"))
              .orElse(Match.unversioned(ProgrammingLanguage.CPLUSPLUS, "none")));
    }

    /** The last compiler named in {@code .comment}: the one that built the program's own code. */
    static Optional<String> compiler(List<String> comments) {
      String found = null;
      for (String c : comments) {
        if (c.startsWith("GCC: ")) {
          // "GCC: (Debian 12.2.0-14+deb12u1) 12.2.0": the version after the parenthesis
          int close = c.lastIndexOf(')');
          Optional<String> v = Versions.firstDotted(close < 0 ? c : c.substring(close + 1));
          if (v.isPresent()) {
            found = "gcc " + v.get();
          }
        } else if (c.contains("clang version ")) {
          Optional<String> v = Versions.firstDotted(c.substring(c.indexOf("clang version ") + 14));
          if (v.isPresent()) {
            found = "clang " + v.get();
          }
        }
      }
      return Optional.ofNullable(found);
    }
  }
}
