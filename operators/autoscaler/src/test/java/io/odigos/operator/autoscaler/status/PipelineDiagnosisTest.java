package io.odigos.operator.autoscaler.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.model.render.GatewaySettings;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.Processor;
import io.odigos.model.v1alpha1.Sampling;
import io.odigos.operator.support.Conditions;
import io.odigos.operator.support.Conditions.Desired;
import org.junit.jupiter.api.Test;

class PipelineDiagnosisTest {
  private static final GatewaySettings SETTINGS = GatewaySettings.defaults("t");

  @Test
  void aDeleteAttributeActionBecomesATransformProcessorOnTheGateway() {
    Desired d = action("signals: [TRACES, LOGS]\n  deleteAttribute: {attributeNamesToDelete: [x]}");

    assertThat(d.type()).isEqualTo("TransformedToProcessor");
    assertThat(d.status()).isEqualTo(Conditions.TRUE);
    assertThat(d.reason()).isEqualTo("ProcessorCreated");
    assertThat(d.message())
        .isEqualTo("transform processor \"transform/a\" on the cluster gateway for TRACES, LOGS");
  }

  @Test
  void twoPayloadsAreRefused() {
    Desired d =
        action(
            "signals: [TRACES]\n  deleteAttribute: {attributeNamesToDelete: [x]}\n"
                + "  renameAttribute: {renames: {a: b}}");

    assertThat(d.status()).isEqualTo(Conditions.FALSE);
    assertThat(d.reason()).isEqualTo("MultiplePayloads");
    assertThat(d.message()).contains("deleteAttribute, renameAttribute");
  }

  @Test
  void noPayloadIsRefused() {
    assertThat(action("signals: [TRACES]").reason()).isEqualTo("NoPayload");
  }

  @Test
  void anEmptyPayloadIsRefused() {
    Desired d = action("signals: [TRACES]\n  deleteAttribute: {attributeNamesToDelete: []}");

    assertThat(d.reason()).isEqualTo("InvalidPayload");
  }

  @Test
  void anUnsupportedActionIsRefused() {
    Desired d = action("signals: [TRACES]\n  spanRenamer: {}");

    assertThat(d.reason()).isEqualTo("UnsupportedAction");
    assertThat(d.message()).contains("spanRenamer");
  }

  @Test
  void anInvalidSamplerIsRefused() {
    Desired d =
        action(
            "signals: [TRACES]\n  samplers: {probabilisticSampler: {sampling_percentage: lots}}");

    assertThat(d.reason()).isEqualTo("InvalidSampler");
    assertThat(d.message()).contains("sampling_percentage");
  }

  @Test
  void samplersJoinTheGatewaysSamplingProcessors() {
    Desired tail =
        action("signals: [TRACES]\n  samplers: {errorSampler: {fallback_sampling_ratio: 10}}");
    Desired head =
        action(
            "signals: [TRACES]\n  samplers: {probabilisticSampler: {sampling_percentage: \"5\"}}");

    assertThat(tail.status()).isEqualTo(Conditions.TRUE);
    assertThat(tail.message()).contains("tail_sampling processor");
    assertThat(head.message()).contains("probabilistic_sampler processor");
  }

  @Test
  void k8sAttributesConfigureTheNodeCollector() {
    Desired d = action("signals: [TRACES]\n  k8sAttributes: {collectContainerAttributes: true}");

    assertThat(d.status()).isEqualTo(Conditions.TRUE);
    assertThat(d.message()).contains("node collector's k8sattributes");
  }

  @Test
  void aDisabledActionSaysSo() {
    Desired d =
        action(
            "signals: [TRACES]\n  disabled: true\n  deleteAttribute: {attributeNamesToDelete: [x]}");

    assertThat(d.status()).isEqualTo(Conditions.FALSE);
    assertThat(d.reason()).isEqualTo("ActionDisabled");
  }

  @Test
  void aProcessorNamesItsRolesSignalsAndType() {
    Desired d =
        processor(
            "type: filter\n  signals: [LOGS, TRACES]\n"
                + "  collectorRoles: [CLUSTER_GATEWAY, NODE_COLLECTOR]\n  orderHint: 5");

    assertThat(d.type()).isEqualTo("ProcessorConfigured");
    assertThat(d.reason()).isEqualTo("AddedToCollectorConfig");
    assertThat(d.message())
        .isEqualTo(
            "filter processor \"filter/p\" on the cluster gateway and node collector for TRACES,"
                + " LOGS");
  }

  @Test
  void aProcessorWithoutAUsableTypeIsRefused() {
    Desired d = processor("type: Not-A-Type\n  signals: [LOGS]");

    assertThat(d.status()).isEqualTo(Conditions.FALSE);
    assertThat(d.reason()).isEqualTo("InvalidType");
  }

  @Test
  void aDisabledProcessorSaysSo() {
    assertThat(processor("type: batch\n  disabled: true\n  signals: [LOGS]").reason())
        .isEqualTo("ProcessorDisabled");
  }

  @Test
  void samplingRulesAreCounted() {
    Desired d =
        sampling(
            """
              noisyOperations:
                - {name: health, operation: {httpServer: {route: /healthz}}, percentageAtMost: 0}
                - {name: off, disabled: true, operation: {httpServer: {route: /x}}}
              highlyRelevantOperations:
                - {name: slow, durationAtLeastMs: 2000}
            """);

    assertThat(d.type()).isEqualTo("RulesApplied");
    assertThat(d.status()).isEqualTo(Conditions.TRUE);
    assertThat(d.reason()).isEqualTo("AddedToTailSampling");
    assertThat(d.message())
        .isEqualTo(
            "1 highly relevant operation, 1 noisy operation added to the cluster gateway's"
                + " tail_sampling processor");
  }

  @Test
  void anUnsupportedSamplingRuleIsRefused() {
    Desired d = sampling("  noisyOperations:\n    - {name: everything, percentageAtMost: 1}\n");

    assertThat(d.status()).isEqualTo(Conditions.FALSE);
    assertThat(d.reason()).isEqualTo("UnsupportedRule");
    assertThat(d.message()).contains("needs an operation");
  }

  @Test
  void aSamplingWithoutRulesOrDisabledSaysSo() {
    assertThat(sampling("  name: empty\n").reason()).isEqualTo("NoEnabledRules");
    assertThat(sampling("  disabled: true\n").reason()).isEqualTo("SamplingDisabled");
  }

  private static Desired action(String spec) {
    return PipelineDiagnosis.action(
        Yamls.parse(Action.class, header("Action") + "spec:\n  " + spec + "\n"), SETTINGS);
  }

  private static Desired processor(String spec) {
    return PipelineDiagnosis.processor(
        Yamls.parse(Processor.class, header("Processor") + "spec:\n  " + spec + "\n"));
  }

  private static Desired sampling(String spec) {
    return PipelineDiagnosis.sampling(
        Yamls.parse(Sampling.class, header("Sampling") + "spec:\n" + spec), SETTINGS);
  }

  private static String header(String kind) {
    String name = kind.equals("Processor") ? "p" : kind.equals("Action") ? "a" : "s";
    return "apiVersion: odigos.io/v1alpha1\nkind: "
        + kind
        + "\nmetadata: {name: "
        + name
        + ", namespace: ns}\n";
  }
}
