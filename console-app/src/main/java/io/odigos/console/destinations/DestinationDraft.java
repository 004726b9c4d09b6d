package io.odigos.console.destinations;

import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What the form produced, before it becomes Kubernetes objects.
 *
 * @param name the Destination's (and its Secret's) object name
 * @param displayName the user's name for it ({@code spec.destinationName})
 * @param type the catalog type id
 * @param data the non-secret fields the user filled
 * @param newSecrets secret fields the user typed now (the only place secret values exist)
 * @param storedSecretKeys secret keys the existing Secret already holds (edit), values unknown
 * @param signals the selected signals
 */
public record DestinationDraft(
    String name,
    String displayName,
    String type,
    Map<String, String> data,
    Map<String, String> newSecrets,
    Set<String> storedSecretKeys,
    Set<ObservabilitySignal> signals) {

  public DestinationDraft {
    data = Map.copyOf(data);
    newSecrets = Map.copyOf(newSecrets);
    storedSecretKeys = Set.copyOf(storedSecretKeys);
    signals = signals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signals));
  }

  /** Whether the destination will reference a Secret (new values or kept ones). */
  public boolean hasSecret() {
    return !newSecrets.isEmpty() || !storedSecretKeys.isEmpty();
  }

  /** Hides the secret values, so a draft can be logged or shown in a test failure. */
  @Override
  public String toString() {
    return "DestinationDraft[name=%s, type=%s, data=%s, newSecretKeys=%s, storedSecretKeys=%s, signals=%s]"
        .formatted(name, type, data, newSecrets.keySet(), storedSecretKeys, signals);
  }
}
