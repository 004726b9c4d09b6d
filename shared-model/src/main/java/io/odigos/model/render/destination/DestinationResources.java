package io.odigos.model.render.destination;

import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.model.catalog.DestinationType;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Reads a Destination resource into checked {@link DestinationValues}. */
public final class DestinationResources {

  private DestinationResources() {}

  /**
   * The destination's values; its name is the id.
   *
   * @param secretKeys the keys present in the Secret named by {@code spec.secretRef} (never the
   *     values)
   */
  public static DestinationValues values(
      DestinationCatalog catalog, Destination destination, Set<String> secretKeys)
      throws InvalidDestinationException {
    var spec = destination.getSpec();
    String name = destination.getMetadata().getName();
    if (spec == null) {
      throw new InvalidDestinationException("destination \"" + name + "\" has no spec");
    }
    DestinationType type =
        catalog
            .find(spec.getType())
            .orElseThrow(
                () ->
                    new InvalidDestinationException(
                        "destination \""
                            + name
                            + "\" has unknown type \""
                            + spec.getType()
                            + "\""));
    Set<ObservabilitySignal> signals = EnumSet.noneOf(ObservabilitySignal.class);
    if (spec.getSignals() != null) {
      spec.getSignals().stream().filter(Objects::nonNull).forEach(signals::add);
    }
    return DestinationValues.of(type, name, spec.getData(), secretKeys, signals);
  }
}
