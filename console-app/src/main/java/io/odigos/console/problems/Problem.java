package io.odigos.console.problems;

import java.time.Instant;

/**
 * One False condition of one Odigos object.
 *
 * @param uid the object's uid (all its problems are replaced together)
 * @param kind e.g. {@code InstrumentationConfig}
 * @param namespace the object's namespace
 * @param name the object's name
 * @param type the condition type, e.g. {@code AgentEnabled}
 * @param reason the machine reason, e.g. {@code WaitingForNodeCollector}
 * @param message the human explanation
 * @param since the condition's {@code lastTransitionTime}, or {@link Instant#EPOCH} if missing
 */
public record Problem(
    String uid,
    String kind,
    String namespace,
    String name,
    String type,
    String reason,
    String message,
    Instant since) {

  /** {@code kind namespace/name}, to find the object. */
  public String objectRef() {
    return kind + " " + namespace + "/" + name;
  }
}
