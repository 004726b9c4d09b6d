package io.odigos.operator.instrumentor.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EffectiveSettingsTest {

  @Test
  void withoutAConfigTheSchedulerDefaultsApply() {
    EffectiveSettings s = EffectiveSettings.parse(null, "odigos-system");
    assertThat(s.ignoresNamespace("kube-system")).isTrue();
    assertThat(s.ignoresNamespace("odigos-system")).isTrue();
    assertThat(s.ignoresNamespace("shop")).isFalse();
    assertThat(s.ignoresContainer("istio-proxy")).isTrue();
    assertThat(s.allowConcurrentAgents()).isFalse();
  }

  @Test
  void theEffectiveConfigIsReadAsWritten() {
    EffectiveSettings s =
        EffectiveSettings.parse(
            """
            configVersion: 3
            ignoredNamespaces: [kube-system, legacy]
            ignoredContainers:
              - envoy
            allowConcurrentAgents: true
            collectorGateway: {minReplicas: 2}
            """,
            "odigos-system");
    assertThat(s.ignoredNamespaces()).containsExactlyInAnyOrder("kube-system", "legacy");
    assertThat(s.ignoredContainers()).containsExactly("envoy");
    assertThat(s.allowConcurrentAgents()).isTrue();
    assertThat(EffectiveSettings.parse("allowConcurrentAgents: false\n", "o").ignoresNamespace("o"))
        .as("a key left out keeps its default")
        .isTrue();
  }

  @Test
  void anUnusableDocumentNamesTheKey() {
    assertThatThrownBy(() -> EffectiveSettings.parse("ignoredNamespaces: 3\n", "o"))
        .hasMessage("ignoredNamespaces must be a list of names");
    assertThatThrownBy(() -> EffectiveSettings.parse("allowConcurrentAgents: maybe\n", "o"))
        .hasMessage("allowConcurrentAgents must be true or false");
    assertThatThrownBy(() -> EffectiveSettings.parse("a: [\n", "o"))
        .hasMessageStartingWith("config.yaml is not valid YAML");
    assertThatThrownBy(() -> EffectiveSettings.parse("- a\n", "o"))
        .hasMessage("config.yaml must be a mapping of settings");
  }
}
