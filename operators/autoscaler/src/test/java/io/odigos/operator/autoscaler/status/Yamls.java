package io.odigos.operator.autoscaler.status;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** Test objects written as the YAML users apply. */
final class Yamls {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private Yamls() {}

  static <T extends HasMetadata> T parse(Class<T> type, String yaml) {
    return SERIALIZATION.unmarshal(yaml, type);
  }
}
