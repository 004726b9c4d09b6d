package io.odigos.operator.autoscaler.status;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.client.CustomResource;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.odigos.model.v1alpha1.OdigosStatus;
import io.odigos.operator.support.Conditions;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * The status aggregator every status reconciler of this package shares: one desired condition in, a
 * status patch out only when something really changed. Other controllers' conditions on the same
 * resource are kept, and {@code lastTransitionTime} stays unless the condition's status flips.
 */
final class StatusUpdate {

  private StatusUpdate() {}

  /**
   * The conditions to write, or empty when the status already says {@code desired} for this
   * generation (so no patch is needed).
   */
  static Optional<List<Condition>> changedConditions(
      OdigosStatus current, Conditions.Desired desired, long generation, Instant now) {
    List<Condition> before = current == null ? List.of() : current.getConditions();
    List<Condition> after = Conditions.set(before, desired, generation, now);
    boolean sameGeneration =
        current != null && Objects.equals(current.getObservedGeneration(), generation);
    return Conditions.same(before, after) && sameGeneration ? Optional.empty() : Optional.of(after);
  }

  /**
   * True when a person would see a difference: the condition is new, or its status, reason or
   * message changed (a new generation alone is not news).
   */
  static boolean isNews(OdigosStatus current, Conditions.Desired desired) {
    Optional<Condition> previous =
        current == null ? Optional.empty() : current.condition(desired.type());
    return previous
        .map(
            c ->
                !desired.status().equals(c.getStatus())
                    || !desired.reason().equals(c.getReason())
                    || !desired.message().equals(c.getMessage()))
        .orElse(true);
  }

  /**
   * Patches the status of {@code resource} to hold {@code desired} when it does not already; logs
   * the change at INFO when it is news (the resource is in the MDC, put there by JOSDK).
   *
   * @param blank a new, empty resource of the same kind: the patch carries only metadata and status
   * @param blankStatus a new, empty status of the resource's status class
   */
  static <R extends CustomResource<?, S>, S extends OdigosStatus> UpdateControl<R> patchIfChanged(
      R resource,
      Conditions.Desired desired,
      Supplier<R> blank,
      Supplier<S> blankStatus,
      Instant now,
      Logger log) {
    S current = resource.getStatus();
    long generation = generation(resource);
    Optional<List<Condition>> conditions = changedConditions(current, desired, generation, now);
    if (conditions.isEmpty()) {
      return UpdateControl.noUpdate();
    }
    if (isNews(current, desired)) {
      log.info(
          "{} {} ({}): {}", desired.type(), desired.status(), desired.reason(), desired.message());
    } else {
      log.debug("{} unchanged at generation {}", desired.type(), generation);
    }
    S status = blankStatus.get();
    status.setConditions(conditions.get());
    status.setObservedGeneration(generation);
    R patch = blank.get();
    patch.setMetadata(resource.getMetadata());
    patch.setStatus(status);
    return UpdateControl.patchStatus(patch);
  }

  static long generation(CustomResource<?, ?> resource) {
    Long generation = resource.getMetadata().getGeneration();
    return generation == null ? 0L : generation;
  }
}
