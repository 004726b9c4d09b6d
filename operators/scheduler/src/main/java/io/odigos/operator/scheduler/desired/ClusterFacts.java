package io.odigos.operator.scheduler.desired;

import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import java.util.Collection;
import java.util.Optional;

/**
 * What the collectors-groups decision depends on, reduced to numbers and flags.
 *
 * @param enabledDestinations Destinations that are not {@code disabled: true}
 * @param instrumentedWorkloads InstrumentationConfigs outside the ignored namespaces
 * @param gatewayReady the gateway CollectorsGroup exists and its status says {@code ready: true}
 */
public record ClusterFacts(
    int enabledDestinations, int instrumentedWorkloads, boolean gatewayReady) {

  /** Counts what the cluster holds right now. */
  public static ClusterFacts of(
      Collection<Destination> destinations,
      Collection<InstrumentationConfig> instrumentationConfigs,
      Optional<CollectorsGroup> gateway,
      Collection<String> ignoredNamespaces) {
    int enabled =
        (int)
            destinations.stream()
                .filter(d -> d.getSpec() == null || !Boolean.TRUE.equals(d.getSpec().getDisabled()))
                .count();
    int instrumented =
        (int)
            instrumentationConfigs.stream()
                .filter(ic -> !ignoredNamespaces.contains(ic.getMetadata().getNamespace()))
                .count();
    boolean ready =
        gateway.map(g -> g.getStatus() != null && g.getStatus().readyNow()).orElse(false);
    return new ClusterFacts(enabled, instrumented, ready);
  }
}
