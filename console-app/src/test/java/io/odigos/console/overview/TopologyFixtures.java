package io.odigos.console.overview;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.CollectorsGroupRole;
import io.odigos.model.v1alpha1.CollectorsGroupSpec;
import io.odigos.model.v1alpha1.CollectorsGroupStatus;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.DestinationSpec;
import io.odigos.model.v1alpha1.DestinationStatus;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigStatus;
import java.util.List;

/** Objects for topology tests. */
final class TopologyFixtures {
  private TopologyFixtures() {}

  static InstrumentationConfig ic(String namespace, String name, Condition... conditions) {
    InstrumentationConfig ic = new InstrumentationConfig();
    ic.setMetadata(new ObjectMetaBuilder().withNamespace(namespace).withName(name).build());
    if (conditions.length > 0) {
      ic.setStatus(new InstrumentationConfigStatus());
      ic.getStatus().setConditions(List.of(conditions));
    }
    return ic;
  }

  static CollectorsGroup group(String name, CollectorsGroupRole role, Boolean ready) {
    CollectorsGroup g = new CollectorsGroup();
    g.setMetadata(new ObjectMetaBuilder().withName(name).build());
    CollectorsGroupSpec spec = new CollectorsGroupSpec();
    spec.setRole(role);
    spec.setCollectorOwnMetricsPort(8888);
    g.setSpec(spec);
    if (ready != null) {
      g.setStatus(new CollectorsGroupStatus());
      g.getStatus().setReady(ready);
    }
    return g;
  }

  static Destination destination(String name, String type, Condition... conditions) {
    Destination d = new Destination();
    d.setMetadata(new ObjectMetaBuilder().withName(name).build());
    DestinationSpec spec = new DestinationSpec();
    spec.setType(type);
    spec.setDestinationName(name.toUpperCase());
    d.setSpec(spec);
    if (conditions.length > 0) {
      d.setStatus(new DestinationStatus());
      d.getStatus().setConditions(List.of(conditions));
    }
    return d;
  }
}
