package io.odigos.operator.scheduler.reconciler;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.CollectorsGroupSpec;
import io.odigos.operator.scheduler.desired.DesiredGroup;
import io.odigos.operator.scheduler.desired.EffectiveConfigMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one CollectorsGroup match its desired state. The spec is written with server-side apply
 * (the scheduler owns the whole spec) and only when it differs; the status belongs to the
 * autoscaler and is never sent.
 */
final class CollectorsGroupWriter {
  private static final Logger log = LoggerFactory.getLogger(CollectorsGroupWriter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String namespace;

  CollectorsGroupWriter(String namespace) {
    this.namespace = namespace;
  }

  void sync(KubernetesClient client, DesiredGroup desired, CollectorsGroup current) {
    var groups = client.resources(CollectorsGroup.class).inNamespace(namespace);
    if (desired.spec().isEmpty()) {
      if (current != null) {
        groups.withName(desired.name()).delete();
        log.info("deleted CollectorsGroup {}: {}", desired.name(), desired.reason());
      }
      return;
    }
    CollectorsGroupSpec spec = desired.spec().get();
    if (current != null && sameSpec(current.getSpec(), spec)) {
      return;
    }
    CollectorsGroup group = new CollectorsGroup();
    group.setMetadata(
        new ObjectMetaBuilder()
            .withName(desired.name())
            .withNamespace(namespace)
            .withLabels(Map.of(EffectiveConfigMap.MANAGED_BY_LABEL, EffectiveConfigMap.MANAGED_BY))
            .build());
    group.setSpec(spec);
    groups
        .resource(group)
        .fieldManager(EffectiveConfigMap.MANAGED_BY)
        .forceConflicts()
        .serverSideApply();
    if (current == null) {
      log.info("created CollectorsGroup {}: {}", desired.name(), desired.reason());
    } else {
      log.info("updated the spec of CollectorsGroup {} from the effective config", desired.name());
    }
  }

  static boolean sameSpec(CollectorsGroupSpec a, CollectorsGroupSpec b) {
    return JSON.valueToTree(a).equals(JSON.valueToTree(b));
  }
}
