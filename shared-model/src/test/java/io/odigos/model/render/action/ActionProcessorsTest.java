package io.odigos.model.render.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.odigos.model.render.Fixtures;
import io.odigos.model.render.Ottl;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.CollectorsGroupRole;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionProcessorsTest {

  private static Action action(String specYaml) {
    return Fixtures.one(
        "apiVersion: odigos.io/v1alpha1\nkind: Action\nmetadata: {name: a1}\nspec: " + specYaml,
        Action.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no payload|{signals: [TRACES]}|NoPayload|action a1 sets no action",
        "two payloads|{signals: [TRACES], deleteAttribute: {attributeNamesToDelete: [a]},"
            + " piiMasking: {piiCategories: [EMAIL]}}|MultiplePayloads|"
            + "action a1 sets 2 actions (deleteAttribute, piiMasking)",
        "no signals|{deleteAttribute: {attributeNamesToDelete: [a]}}|NoSignals|lists no signals",
        "empty delete list|{signals: [LOGS], deleteAttribute: {attributeNamesToDelete: []}}"
            + "|InvalidPayload|deleteAttribute needs one or more",
        "rename to itself|{signals: [TRACES], renameAttribute: {renames: {a: a}}}"
            + "|InvalidPayload|renames \"a\" to itself",
        "empty cluster info|{signals: [TRACES], addClusterInfo: {clusterAttributes: []}}"
            + "|InvalidPayload|at least one entry",
        "look-behind|{signals: [TRACES], piiMasking: {piiCategories: [], customRegexes:"
            + " [\"(?<=id=)[0-9]+\"]}}|InvalidPayload|uses look-around or back-references",
        "bad regex|{signals: [TRACES], piiMasking: {piiCategories: [], customRegexes: [\"a(b\"]}}"
            + "|InvalidPayload|is not a valid regular expression",
        "no pii at all|{signals: [TRACES], piiMasking: {piiCategories: []}}|InvalidPayload|"
            + "or customRegexes",
        "unsupported|{signals: [TRACES], spanRenamer: {}}|UnsupportedAction|"
            + "spanRenamer is not supported",
      })
  void badActionsGetAReasonAndAMessage(String name, String spec, String reason, String message) {
    assertThatThrownBy(() -> ActionProcessors.translate(action(spec)))
        .isInstanceOfSatisfying(
            InvalidActionException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessageContaining(message);
  }

  @Test
  void piiMaskingBuiltInCodeWithAnImmutableListIsAccepted() throws Exception {
    Action a = action("{signals: [TRACES], piiMasking: {piiCategories: [EMAIL]}}");
    a.getSpec()
        .setPiiMasking(
            new io.odigos.model.v1alpha1.PiiMaskingConfig(
                List.of(io.odigos.model.v1alpha1.PiiMaskingConfig.PiiCategory.JWT)));
    List<ProcessorDefinition> p = ActionProcessors.translate(a);
    assertThat(p).singleElement().extracting(ProcessorDefinition::id).isEqualTo("redaction/a1");
  }

  @Test
  void eachActionBecomesAGatewayProcessorForItsSignalsOnly() throws Exception {
    var p =
        ActionProcessors.translate(
                action("{signals: [LOGS], deleteAttribute: {attributeNamesToDelete: [x]}}"))
            .getFirst();
    assertThat(p.id()).isEqualTo("transform/a1");
    assertThat(p.role()).isEqualTo(CollectorsGroupRole.CLUSTER_GATEWAY);
    assertThat(p.signals()).containsExactly(ObservabilitySignal.LOGS);
    assertThat(p.config()).containsKey("log_statements").doesNotContainKey("trace_statements");
  }

  @Test
  void disabledAndNodeOnlyActionsAddNoGatewayProcessor() throws Exception {
    assertThat(
            ActionProcessors.translate(
                action(
                    "{signals: [TRACES], disabled: true,"
                        + " deleteAttribute: {attributeNamesToDelete: [x]}}")))
        .isEmpty();
    assertThat(
            ActionProcessors.translate(
                action("{signals: [TRACES], k8sAttributes: {collectContainerAttributes: true}}")))
        .isEmpty();
  }

  @Test
  void ottlStringsAreQuotedSoAKeyCannotBreakOutOfTheStatement() {
    assertThat(Ottl.deleteKey("a\"b\\c")).isEqualTo("delete_key(attributes, \"a\\\"b\\\\c\")");
  }
}
