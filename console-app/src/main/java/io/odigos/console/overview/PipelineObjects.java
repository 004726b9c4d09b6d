package io.odigos.console.overview;

import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import java.util.List;

/** The objects the topology is drawn from, as last seen. */
public record PipelineObjects(
    List<InstrumentationConfig> instrumentationConfigs,
    List<CollectorsGroup> collectorsGroups,
    List<Destination> destinations) {
  public PipelineObjects {
    instrumentationConfigs = List.copyOf(instrumentationConfigs);
    collectorsGroups = List.copyOf(collectorsGroups);
    destinations = List.copyOf(destinations);
  }

  public static PipelineObjects empty() {
    return new PipelineObjects(List.of(), List.of(), List.of());
  }
}
