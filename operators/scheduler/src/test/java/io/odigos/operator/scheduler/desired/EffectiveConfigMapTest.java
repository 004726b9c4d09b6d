package io.odigos.operator.scheduler.desired;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EffectiveConfigMapTest {
  private static final ConfigMap USER =
      new ConfigMapBuilder()
          .withNewMetadata()
          .withName("odigos-configuration")
          .withNamespace("odigos-system")
          .withUid("uid-1")
          .endMetadata()
          .build();

  @Test
  void isOwnedByTheUsersConfigMapWhenThereIsOne() {
    ConfigMap cm = EffectiveConfigMap.desired("odigos-system", "a: 1\n", USER);
    assertThat(cm.getMetadata().getName()).isEqualTo("effective-config");
    assertThat(cm.getMetadata().getNamespace()).isEqualTo("odigos-system");
    assertThat(cm.getData()).isEqualTo(Map.of("config.yaml", "a: 1\n"));
    assertThat(cm.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getKind()).isEqualTo("ConfigMap");
              assertThat(o.getName()).isEqualTo("odigos-configuration");
              assertThat(o.getUid()).isEqualTo("uid-1");
              assertThat(o.getController()).isTrue();
            });
    assertThat(
            EffectiveConfigMap.desired("odigos-system", "a: 1\n", null)
                .getMetadata()
                .getOwnerReferences())
        .isEmpty();
  }

  @Test
  void isUpToDateOnlyWithTheSameDocumentOwnerAndLabel() {
    ConfigMap desired = EffectiveConfigMap.desired("odigos-system", "a: 1\n", USER);
    assertThat(EffectiveConfigMap.upToDate(null, desired)).isFalse();
    assertThat(EffectiveConfigMap.upToDate(desired, desired)).isTrue();
    assertThat(
            EffectiveConfigMap.upToDate(
                EffectiveConfigMap.desired("odigos-system", "a: 2\n", USER), desired))
        .isFalse();
    assertThat(
            EffectiveConfigMap.upToDate(
                EffectiveConfigMap.desired("odigos-system", "a: 1\n", null), desired))
        .isFalse();
    ConfigMap unlabelled =
        new ConfigMapBuilder(desired).editMetadata().withLabels(Map.of()).endMetadata().build();
    assertThat(EffectiveConfigMap.upToDate(unlabelled, desired)).isFalse();
  }
}
