package io.odigos.model.render;

import io.odigos.model.v1alpha1.Destination;
import java.util.Set;

/**
 * A Destination with the KEYS (never the values) of the Secret it references; the renderer checks
 * required secret fields against them and references each as an environment variable.
 */
public record RenderableDestination(Destination destination, Set<String> secretKeys) {

  public RenderableDestination {
    secretKeys = Set.copyOf(secretKeys);
  }

  public String name() {
    return destination.getMetadata().getName();
  }
}
