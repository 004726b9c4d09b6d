package io.odigos.operator.scheduler.desired;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.odigos.operator.scheduler.config.ConfigYaml;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code effective-config} ConfigMap: the effective {@code config.yaml}, owned by the user's
 * {@code odigos-configuration} when there is one (so it goes when the user's goes and the scheduler
 * writes the defaults again).
 */
public final class EffectiveConfigMap {
  public static final String USER_CONFIG_MAP = "odigos-configuration";
  public static final String EFFECTIVE_CONFIG_MAP = "effective-config";
  public static final String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";
  public static final String MANAGED_BY = "odigos-scheduler";

  private EffectiveConfigMap() {}

  /** The ConfigMap to apply; {@code userConfigMap} is null when the user has none. */
  public static ConfigMap desired(String namespace, String effectiveYaml, ConfigMap userConfigMap) {
    List<OwnerReference> owners =
        userConfigMap == null
            ? List.of()
            : List.of(
                new OwnerReferenceBuilder()
                    .withApiVersion("v1")
                    .withKind("ConfigMap")
                    .withName(userConfigMap.getMetadata().getName())
                    .withUid(userConfigMap.getMetadata().getUid())
                    .withController(true)
                    .build());
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(EFFECTIVE_CONFIG_MAP)
        .withNamespace(namespace)
        .withLabels(Map.of(MANAGED_BY_LABEL, MANAGED_BY))
        .withOwnerReferences(owners)
        .endMetadata()
        .withData(Map.of(ConfigYaml.KEY, effectiveYaml))
        .build();
  }

  /** True when {@code current} already holds what {@code desired} would write. */
  public static boolean upToDate(ConfigMap current, ConfigMap desired) {
    return current != null
        && Objects.equals(current.getData(), desired.getData())
        && ownerUids(current).equals(ownerUids(desired))
        && current.getMetadata().getLabels() != null
        && current
            .getMetadata()
            .getLabels()
            .entrySet()
            .containsAll(desired.getMetadata().getLabels().entrySet());
  }

  private static List<String> ownerUids(ConfigMap cm) {
    List<OwnerReference> refs = cm.getMetadata().getOwnerReferences();
    return refs == null ? List.of() : refs.stream().map(OwnerReference::getUid).toList();
  }
}
