package io.odigos.console.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.model.v1alpha1.InstrumentationRule;
import io.odigos.model.v1alpha1.PodWorkload;
import org.junit.jupiter.api.Test;

class RuleFormViewModelTest {

  @Test
  void headersRuleForTwoWorkloads() {
    RuleFormViewModel f = RuleFormViewModel.create();
    f.ruleNameProperty().set("Request ids");
    f.kindProperty().set(RuleKind.HEADERS_COLLECTION);
    f.headersProperty().set("x-request-id, user-agent");
    f.workloadsProperty().set("shop/Deployment/checkout\npayments");
    InstrumentationRule r = f.validate().orElseThrow();
    assertThat(r.getMetadata().getName()).isEqualTo("rule-request-ids");
    assertThat(r.getSpec().getHeadersCollection().headerKeys())
        .containsExactly("x-request-id", "user-agent");
    assertThat(r.getSpec().getWorkloads())
        .containsExactly(
            new PodWorkload("shop", "Deployment", "checkout"),
            new PodWorkload("payments", "Namespace", "payments"));
    assertThat(r.getSpec().getPayloadCollection()).isNull();
    assertThat(r.getSpec().getCodeAttributes()).isNull();
  }

  @Test
  void badWorkloadsHeadersAndEmptyChoicesAreReported() {
    RuleFormViewModel f = RuleFormViewModel.create();
    f.ruleNameProperty().set("x");
    f.workloadsProperty().set("shop/Pod/checkout");
    f.kindProperty().set(RuleKind.HEADERS_COLLECTION);
    f.headersProperty().set("ok, not a header");
    assertThat(f.validate()).isEmpty();
    assertThat(f.problems()).hasSize(2);
    assertThat(f.problems().get(0))
        .startsWith("Workload \"shop/Pod/checkout\" is not namespace/Kind/name");
    assertThat(f.problems().get(1)).isEqualTo("\"not a header\" is not an HTTP header name");

    f.workloadsProperty().set("");
    f.kindProperty().set(RuleKind.PAYLOAD_COLLECTION);
    assertThat(f.validate()).isEmpty();
    assertThat(f.problems()).containsExactly("Pick at least one payload to collect");
  }

  @Test
  void editingKeepsTheNameAndSwitchingKindLeavesOnlyTheNewOne() {
    RuleFormViewModel f = RuleFormViewModel.create();
    f.ruleNameProperty().set("Payloads");
    f.httpRequestProperty().set(true);
    InstrumentationRule r = f.validate().orElseThrow();
    assertThat(r.getSpec().getPayloadCollection().httpRequest()).isNotNull();
    assertThat(r.getSpec().getPayloadCollection().dbQuery()).isNull();

    RuleFormViewModel edit = RuleFormViewModel.edit(r);
    assertThat(edit.httpRequestProperty().get()).isTrue();
    edit.kindProperty().set(RuleKind.CODE_ATTRIBUTES);
    edit.codeFunctionProperty().set(true);
    InstrumentationRule changed = edit.validate().orElseThrow();
    assertThat(changed.getMetadata().getName()).isEqualTo("rule-payloads");
    assertThat(changed.getSpec().getPayloadCollection()).isNull();
    assertThat(changed.getSpec().getCodeAttributes().function()).isTrue();
  }
}
