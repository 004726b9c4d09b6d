package io.odigos.operator.instrumentor.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RolloutSettingsTest {

  @Test
  void noDocumentMeansTheDefaults() {
    assertThat(RolloutSettings.fromConfigYaml(null).settings()).isEqualTo(RolloutSettings.DEFAULTS);
    assertThat(RolloutSettings.fromConfigYaml("  ").settings()).isEqualTo(RolloutSettings.DEFAULTS);
    assertThat(RolloutSettings.DEFAULTS.maxConcurrentRollouts()).isEqualTo(10);
    assertThat(RolloutSettings.DEFAULTS.rollbackGraceTime()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void readsUpstreamKeys() {
    var parsed =
        RolloutSettings.fromConfigYaml(
            """
            configVersion: 1
            rollout:
              automaticRolloutDisabled: true
              maxConcurrentRollouts: 3
            rollbackDisabled: true
            rollbackGraceTime: 1m30s
            ignoredNamespaces: [kube-system]
            """);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.settings())
        .isEqualTo(new RolloutSettings(true, 3, true, Duration.ofSeconds(90)));
  }

  @Test
  void zeroConcurrentRolloutsMeansNoLimit() {
    var settings =
        RolloutSettings.fromConfigYaml("rollout:\n  maxConcurrentRollouts: 0\n").settings();
    assertThat(settings.limitsConcurrency()).isFalse();
    assertThat(RolloutSettings.DEFAULTS.limitsConcurrency()).isTrue();
  }

  @Test
  void unusableValuesFallBackToDefaultsAndAreReportedByKey() {
    var parsed =
        RolloutSettings.fromConfigYaml(
            """
            rollout:
              automaticRolloutDisabled: maybe
              maxConcurrentRollouts: many
            rollbackGraceTime: soon
            """);
    assertThat(parsed.settings()).isEqualTo(RolloutSettings.DEFAULTS);
    assertThat(parsed.problems())
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).startsWith("rollout.automaticRolloutDisabled"))
        .anySatisfy(p -> assertThat(p).startsWith("rollout.maxConcurrentRollouts"))
        .anySatisfy(p -> assertThat(p).startsWith("rollbackGraceTime"));
  }

  @Test
  void brokenYamlGivesTheDefaults() {
    var parsed = RolloutSettings.fromConfigYaml("rollout: [unclosed");
    assertThat(parsed.settings()).isEqualTo(RolloutSettings.DEFAULTS);
    assertThat(parsed.problems()).hasSize(1);
  }

  @Test
  void parsesGoDurations() {
    assertThat(RolloutSettings.parseGoDuration("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(RolloutSettings.parseGoDuration("2h45m")).isEqualTo(Duration.ofMinutes(165));
    assertThat(RolloutSettings.parseGoDuration("1.5h")).isEqualTo(Duration.ofMinutes(90));
    assertThat(RolloutSettings.parseGoDuration("300ms")).isEqualTo(Duration.ofMillis(300));
    assertThat(RolloutSettings.parseGoDuration("0")).isEqualTo(Duration.ZERO);
    assertThatThrownBy(() -> RolloutSettings.parseGoDuration("5 minutes"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RolloutSettings.parseGoDuration("m"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
