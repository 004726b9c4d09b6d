package io.odigos.operator.instrumentor.agent;

import io.odigos.model.v1alpha1.AgentEnabledReason;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Picks the OpenTelemetry distribution for a detected language and runtime version, or says why
 * there is none. Pure: the same input always gives the same answer.
 *
 * <p>An unknown (blank) runtime version is accepted, since the odiglet cannot always read one; a
 * version that is present but unreadable is rejected, because nothing can be promised for it.
 */
public final class DistroSelector {

  /** The outcome of {@link #select}. */
  public sealed interface Choice permits Supported, Rejected {}

  /** The distribution to inject (or, for Go, to attach with eBPF). */
  public record Supported(String distroName) implements Choice {}

  /** No distribution, with the reason and a sentence for people. */
  public record Rejected(AgentEnabledReason reason, String message) implements Choice {}

  private record Distro(String name, String runtime, List<Integer> minimum) {
    String minimumText() {
      return minimum.stream().map(String::valueOf).collect(Collectors.joining("."));
    }
  }

  private static final Map<ProgrammingLanguage, Distro> DISTROS =
      new EnumMap<>(
          Map.of(
              ProgrammingLanguage.JAVA, new Distro("java-community", "Java", List.of(8)),
              ProgrammingLanguage.JAVASCRIPT,
                  new Distro("nodejs-community", "Node.js", List.of(14)),
              ProgrammingLanguage.PYTHON, new Distro("python-community", "Python", List.of(3, 8)),
              ProgrammingLanguage.DOTNET, new Distro("dotnet-community", ".NET", List.of(6)),
              ProgrammingLanguage.GO, new Distro("golang-community", "Go", List.of(1, 21))));

  /** The first run of dot-separated numbers: {@code go1.21.3}, {@code v18.2.0}, {@code 21-ea}. */
  private static final Pattern NUMBERS = Pattern.compile("\\d+(?:\\.\\d+)*");

  private DistroSelector() {}

  /** The distribution for this language and version, or why there is none. */
  public static Choice select(ProgrammingLanguage language, String runtimeVersion) {
    if (language == ProgrammingLanguage.IGNORED) {
      return new Rejected(
          AgentEnabledReason.IGNORED_CONTAINER,
          "runtime inspection marked this container as one Odigos leaves alone");
    }
    Distro distro = language == null ? null : DISTROS.get(language);
    if (distro == null) {
      String name = language == null ? "unknown" : language.wireName();
      return new Rejected(
          AgentEnabledReason.UNSUPPORTED_PROGRAMMING_LANGUAGE,
          "no agent for language '"
              + name
              + "'; Odigos instruments Java, Node.js, Python, .NET and Go");
    }
    if (runtimeVersion == null || runtimeVersion.isBlank()) {
      return new Supported(distro.name());
    }
    Optional<List<Integer>> version = parse(language, runtimeVersion);
    if (version.isEmpty()) {
      return new Rejected(
          AgentEnabledReason.UNSUPPORTED_RUNTIME_VERSION,
          "cannot read the "
              + distro.runtime()
              + " version '"
              + runtimeVersion.strip()
              + "', so "
              + distro.name()
              + " cannot be checked against it");
    }
    if (compare(version.get(), distro.minimum()) < 0) {
      return new Rejected(
          AgentEnabledReason.UNSUPPORTED_RUNTIME_VERSION,
          distro.runtime()
              + " "
              + runtimeVersion.strip()
              + " is too old: "
              + distro.name()
              + " needs "
              + distro.runtime()
              + " "
              + distro.minimumText()
              + " or newer");
    }
    return new Supported(distro.name());
  }

  /** True when some distribution exists for the language, whatever its version. */
  public static boolean hasDistro(ProgrammingLanguage language) {
    return language != null && DISTROS.containsKey(language);
  }

  /** Every distribution name this selector can return. */
  public static List<String> distroNames() {
    return DISTROS.values().stream().map(Distro::name).sorted().toList();
  }

  /** The language a distribution is for, when the name is one of ours. */
  public static Optional<ProgrammingLanguage> languageOf(String distroName) {
    return DISTROS.entrySet().stream()
        .filter(e -> e.getValue().name().equals(distroName))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  static Optional<List<Integer>> parse(ProgrammingLanguage language, String raw) {
    Matcher m = NUMBERS.matcher(raw);
    if (!m.find()) {
      return Optional.empty();
    }
    List<Integer> parts = new ArrayList<>();
    for (String p : m.group().split("\\.")) {
      try {
        parts.add(Integer.parseInt(p));
      } catch (NumberFormatException e) { // more digits than an int holds
        return Optional.empty();
      }
    }
    // Java 8 and older call themselves 1.8, 1.7...
    if (language == ProgrammingLanguage.JAVA && parts.size() > 1 && parts.getFirst() == 1) {
      parts.removeFirst();
    }
    return Optional.of(parts);
  }

  private static int compare(List<Integer> version, List<Integer> minimum) {
    for (int i = 0; i < minimum.size(); i++) {
      int v = i < version.size() ? version.get(i) : 0;
      if (v != minimum.get(i)) {
        return Integer.compare(v, minimum.get(i));
      }
    }
    return 0;
  }
}
