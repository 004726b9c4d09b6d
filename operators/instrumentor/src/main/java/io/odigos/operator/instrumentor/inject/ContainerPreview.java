package io.odigos.operator.instrumentor.inject;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.Map;

/**
 * One container in a {@link DryRunReport}.
 *
 * @param injected whether it gets an agent
 * @param envBefore its environment as the template has it
 * @param envAfter its environment after injection (equal to before when not injected)
 * @param limitsAdded resource limits injection adds (the Odigos device)
 * @param requestsAdded resource requests injection adds
 * @param conflicts what stands in the agent's way in this container
 */
public record ContainerPreview(
    String containerName,
    boolean injected,
    List<EnvVar> envBefore,
    List<EnvVar> envAfter,
    Map<String, Quantity> limitsAdded,
    Map<String, Quantity> requestsAdded,
    List<Conflict> conflicts) {

  public ContainerPreview {
    envBefore = List.copyOf(envBefore);
    envAfter = List.copyOf(envAfter);
    limitsAdded = Map.copyOf(limitsAdded);
    requestsAdded = Map.copyOf(requestsAdded);
    conflicts = List.copyOf(conflicts);
  }

  /** True if injection changes this container. */
  public boolean changed() {
    return !envBefore.equals(envAfter) || !limitsAdded.isEmpty() || !requestsAdded.isEmpty();
  }
}
