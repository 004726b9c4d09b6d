package io.odigos.console.destinations;

import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Destination as it is in the cluster, with only the <em>keys</em> of its Secret (the values are
 * never read into the console's model).
 *
 * @param name object name
 * @param displayName {@code spec.destinationName}
 * @param type catalog type id
 * @param data {@code spec.data}
 * @param signals {@code spec.signals}
 * @param secretName {@code spec.secretRef.name}, or {@code null}
 * @param secretKeys keys present in that Secret
 * @param health a one-line summary of its conditions ("" when it has none)
 */
public record StoredDestination(
    String name,
    String displayName,
    String type,
    Map<String, String> data,
    List<ObservabilitySignal> signals,
    String secretName,
    Set<String> secretKeys,
    String health) {

  public StoredDestination {
    data = Map.copyOf(data);
    signals = List.copyOf(signals);
    secretKeys = Set.copyOf(secretKeys);
  }
}
