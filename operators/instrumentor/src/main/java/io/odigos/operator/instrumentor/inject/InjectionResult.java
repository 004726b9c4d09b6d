package io.odigos.operator.instrumentor.inject;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;

/**
 * What {@link PodInjector} produced.
 *
 * @param pod the pod with the agents added (a copy; equal to the input when nothing applied)
 * @param injectedContainers the containers given an agent, in pod order
 * @param conflicts what injection worked around or left alone
 */
public record InjectionResult(Pod pod, List<String> injectedContainers, List<Conflict> conflicts) {
  public InjectionResult {
    injectedContainers = List.copyOf(injectedContainers);
    conflicts = List.copyOf(conflicts);
  }
}
