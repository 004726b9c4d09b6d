package io.odigos.operator.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulerConfigTest {
  @Test
  void theNamespaceDefaultsToOdigosSystem() {
    assertThat(SchedulerConfig.fromEnvironment(Map.of()).odigosNamespace())
        .isEqualTo("odigos-system");
    assertThat(SchedulerConfig.fromEnvironment(Map.of("ODIGOS_NAMESPACE", "  ")).odigosNamespace())
        .isEqualTo("odigos-system");
  }

  @Test
  void theNamespaceComesFromTheEnvironment() {
    assertThat(
            SchedulerConfig.fromEnvironment(Map.of("ODIGOS_NAMESPACE", "observability"))
                .odigosNamespace())
        .isEqualTo("observability");
  }

  @Test
  void aNamespaceKubernetesWouldRejectIsRefusedAtStart() {
    assertThatThrownBy(
            () -> SchedulerConfig.fromEnvironment(Map.of("ODIGOS_NAMESPACE", "Odigos_NS")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ODIGOS_NAMESPACE");
  }
}
