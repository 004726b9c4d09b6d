package io.odigos.operator.instrumentor.inject;

import java.util.Locale;
import java.util.Optional;

/**
 * The agent families the webhook injects, chosen by the family prefix of a container's {@code
 * otelDistroName} ({@code java-community} → {@link #JAVA}).
 */
public enum Distro {
  JAVA("java"),
  NODEJS("nodejs"),
  PYTHON("python"),
  DOTNET("dotnet"),
  /** eBPF from the odiglet: no agent environment, only the common OTEL variables and device. */
  GOLANG("golang");

  private final String prefix;

  Distro(String prefix) {
    this.prefix = prefix;
  }

  /** The family of a distro name: {@code python-community} → PYTHON; empty when unknown. */
  public static Optional<Distro> of(String otelDistroName) {
    if (otelDistroName == null) {
      return Optional.empty();
    }
    String name = otelDistroName.strip().toLowerCase(Locale.ROOT);
    for (Distro d : values()) {
      if (name.equals(d.prefix) || name.startsWith(d.prefix + "-")) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
