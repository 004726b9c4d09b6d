package io.odigos.odiglet.inspect.detect;

import io.odigos.model.v1alpha1.ProgrammingLanguage;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PHP and Ruby: recognised by executable or mapped library name. */
final class ScriptingProbes {
  private ScriptingProbes() {}

  /**
   * PHP: {@code php}, {@code php8.2}, {@code php-fpm8.2}, {@code php-cgi}, or a mapped {@code
   * libphp*.so} (Apache mod_php). Version: the {@code X-Powered-By: PHP/<version>} header text
   * compiled into the binary, else {@code PHP_VERSION} (official images), else the name's {@code
   * X.Y}.
   */
  static final class Php implements LanguageProbe {
    private static final Pattern EXE = Pattern.compile("php(?:-fpm|-cgi)?(\\d+(?:\\.\\d+)?)?");
    private static final Pattern LIB = Pattern.compile("libphp(\\d+(?:\\.\\d+)?)?\\.so");

    @Override
    public Optional<Match> probe(ProcessView p) {
      Matcher exe = EXE.matcher(p.exeName());
      Optional<String> lib = p.mapped(n -> LIB.matcher(n).matches());
      if (!exe.matches() && lib.isEmpty()) {
        return Optional.empty();
      }
      Optional<String> baked =
          p.binaries()
              .rodataTextAfter(
                  lib.map(p::file).orElse(p.exeFile()), "X-Powered-By: PHP/", Versions::versionChar)
              .flatMap(Versions::firstDotted);
      if (baked.isPresent()) {
        return Optional.of(new Match(ProgrammingLanguage.PHP, baked.get(), "X-Powered-By"));
      }
      Optional<String> env = p.env("PHP_VERSION").flatMap(Versions::firstDotted);
      if (env.isPresent()) {
        return Optional.of(new Match(ProgrammingLanguage.PHP, env.get(), "env:PHP_VERSION"));
      }
      String fromName = exe.matches() && exe.group(1) != null ? exe.group(1) : "";
      return Optional.of(new Match(ProgrammingLanguage.PHP, fromName, "file name"));
    }
  }

  /**
   * Ruby (MRI): {@code ruby}, {@code ruby3.1}, or a mapped {@code libruby}. Version: the shared
   * library's file name ({@code libruby.so.3.2.2}, {@code libruby-3.1.so.3.1.2}), else {@code
   * RUBY_VERSION} (official images), else the executable name's {@code X.Y}.
   */
  static final class Ruby implements LanguageProbe {
    private static final Pattern EXE = Pattern.compile("ruby(\\d+(?:\\.\\d+)?)?");
    private static final Pattern LIB =
        Pattern.compile("libruby[-\\d.]*\\.so(?:\\.(\\d+(?:\\.\\d+)*))?");

    @Override
    public Optional<Match> probe(ProcessView p) {
      Matcher exe = EXE.matcher(p.exeName());
      Optional<String> lib = p.mapped(n -> LIB.matcher(n).matches());
      if (!exe.matches() && lib.isEmpty()) {
        return Optional.empty();
      }
      Optional<String> fromLib =
          lib.map(l -> LIB.matcher(ProcessView.baseName(l)))
              .filter(Matcher::matches)
              .map(m -> m.group(1))
              .filter(v -> v.chars().filter(c -> c == '.').count() >= 2);
      if (fromLib.isPresent()) {
        return Optional.of(new Match(ProgrammingLanguage.RUBY, fromLib.get(), "libruby name"));
      }
      Optional<String> env = p.env("RUBY_VERSION").flatMap(Versions::firstDotted);
      if (env.isPresent()) {
        return Optional.of(new Match(ProgrammingLanguage.RUBY, env.get(), "env:RUBY_VERSION"));
      }
      String fromName = exe.matches() && exe.group(1) != null ? exe.group(1) : "";
      return Optional.of(new Match(ProgrammingLanguage.RUBY, fromName, "file name"));
    }
  }
}
