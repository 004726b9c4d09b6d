package io.odigos.operator.autoscaler.collectors.desired;

import io.odigos.model.v1alpha1.CollectorsGroup;
import java.util.Map;

/** Names and labels of everything the autoscaler creates for a CollectorsGroup. */
public final class CollectorLabels {

  /** On every object the autoscaler owns; its informers select on it. */
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";

  public static final String MANAGED_BY_VALUE = "odigos-autoscaler";
  public static final String SELECTOR = MANAGED_BY + "=" + MANAGED_BY_VALUE;

  /** Pod selector of a group's collectors. */
  public static final String COLLECTOR = "odigos.io/collector";

  /** The pod-template annotations whose change rolls the collectors. */
  public static final String CONFIG_HASH = "odigos.io/config-hash";

  public static final String SECRETS_HASH = "odigos.io/secrets-hash";

  /** Key of the collector config inside the group's ConfigMap. */
  public static final String CONFIG_KEY = "collector-conf.yaml";

  public static final String CONFIG_MOUNT = "/conf";

  private CollectorLabels() {}

  public static Map<String, String> labels(CollectorsGroup group) {
    return Map.of(
        "app.kubernetes.io/name",
        group.getMetadata().getName(),
        "app.kubernetes.io/part-of",
        "odigos",
        MANAGED_BY,
        MANAGED_BY_VALUE,
        COLLECTOR,
        group.getMetadata().getName());
  }

  /** Name, namespace and labels of an object the group owns: all are named after the group. */
  public static io.fabric8.kubernetes.api.model.ObjectMeta metadata(CollectorsGroup group) {
    return new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
        .withName(group.getMetadata().getName())
        .withNamespace(group.getMetadata().getNamespace())
        .withLabels(labels(group))
        .build();
  }

  public static Map<String, String> selector(CollectorsGroup group) {
    return Map.of(COLLECTOR, group.getMetadata().getName());
  }
}
