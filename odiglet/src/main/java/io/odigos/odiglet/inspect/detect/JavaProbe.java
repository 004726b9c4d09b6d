package io.odigos.odiglet.inspect.detect;

import io.odigos.model.v1alpha1.ProgrammingLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Java: the executable is {@code java} or {@code libjvm.so} is mapped. The version is the JDK's own
 * {@code release} file ({@code JAVA_VERSION}, the value {@code java -version} prints), found next
 * to the executable ({@code <home>/bin/java}; {@code <home>/jre/bin/java} on JDK 8) or to libjvm
 * ({@code <home>/lib/server/libjvm.so}; {@code <home>/jre/lib/<arch>/server/libjvm.so}); failing
 * that the {@code JAVA_VERSION} variable that official images set.
 */
final class JavaProbe implements LanguageProbe {

  @Override
  public Optional<Match> probe(ProcessView p) {
    Optional<String> libjvm = p.mapped(n -> n.equals("libjvm.so"));
    String exe = p.exeName();
    if (!exe.equals("java") && libjvm.isEmpty()) {
      return Optional.empty();
    }
    for (String home : homes(p.process().exe().orElse(null), libjvm.orElse(null))) {
      Optional<String> release = p.readSmallFile(home + "/release");
      Optional<String> version = release.flatMap(r -> Versions.keyValue(r, "JAVA_VERSION"));
      if (version.isPresent()) {
        return Optional.of(new Match(ProgrammingLanguage.JAVA, version.get(), home + "/release"));
      }
    }
    return Optional.of(
        p.env("JAVA_VERSION")
            .flatMap(JavaProbe::fromEnv)
            .map(v -> new Match(ProgrammingLanguage.JAVA, v, "env:JAVA_VERSION"))
            .orElse(Match.unversioned(ProgrammingLanguage.JAVA, "none")));
  }

  /** Candidate JAVA_HOMEs, nearest first. */
  static List<String> homes(String exePath, String libjvmPath) {
    List<String> homes = new ArrayList<>();
    if (exePath != null) {
      ancestor(exePath, 2).ifPresent(homes::add); // <home>/bin/java
      ancestor(exePath, 3).ifPresent(homes::add); // <jdk>/jre/bin/java
    }
    if (libjvmPath != null) {
      ancestor(libjvmPath, 3).ifPresent(homes::add); // <home>/lib/server/libjvm.so
      ancestor(libjvmPath, 4).ifPresent(homes::add); // <jre>/lib/amd64/server/libjvm.so
      ancestor(libjvmPath, 5).ifPresent(homes::add); // <jdk>/jre/lib/amd64/server/libjvm.so
    }
    return homes.stream().distinct().toList();
  }

  private static Optional<String> ancestor(String path, int levels) {
    Optional<String> p = Optional.of(path);
    for (int i = 0; i < levels && p.isPresent(); i++) {
      p = ProcessView.parent(p.get());
    }
    return p;
  }

  /** {@code 17.0.9}, {@code jdk-17.0.9+9}, {@code 1.8.0_392}: the leading version. */
  static Optional<String> fromEnv(String value) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)*(?:_\\d+)?").matcher(value);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }
}
