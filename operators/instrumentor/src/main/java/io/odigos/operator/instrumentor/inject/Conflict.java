package io.odigos.operator.instrumentor.inject;

import java.util.Objects;

/**
 * Something in a container that injection works around or cannot fix; shown to the user by the dry
 * run. Injection still goes ahead except where a {@link Kind#VALUE_FROM} variable is left alone.
 *
 * @param variable the environment variable concerned, or {@code null}
 */
public record Conflict(String containerName, Kind kind, String variable, String message) {

  public Conflict {
    Objects.requireNonNull(containerName, "containerName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /** What kind of conflict. */
  public enum Kind {
    /** A variable the agent needs comes from {@code valueFrom}: left untouched, no agent there. */
    VALUE_FROM,
    /** The user preloads a library with {@code LD_PRELOAD}. */
    LD_PRELOAD,
    /** Another agent or profiler is already configured or was detected in the process. */
    OTHER_AGENT,
    /** The user sets an {@code OTEL_*} variable: kept, or ours appended to it. */
    USER_OTEL_VARIABLE,
    /** The container's distro is not one the webhook knows: nothing injected there. */
    UNKNOWN_DISTRO
  }
}
