package io.odigos.operator.autoscaler.collectors.desired;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.odigos.model.v1alpha1.CollectorsGroup;
import java.util.Map;

/** The ConfigMap holding a group's rendered collector config (never a secret value). */
public final class ConfigMapDesired {

  private ConfigMapDesired() {}

  public static ConfigMap build(CollectorsGroup group, String configYaml) {
    return new ConfigMapBuilder()
        .withMetadata(CollectorLabels.metadata(group))
        .withData(Map.of(CollectorLabels.CONFIG_KEY, configYaml))
        .build();
  }
}
