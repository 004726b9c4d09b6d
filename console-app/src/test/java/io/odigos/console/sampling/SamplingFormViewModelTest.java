package io.odigos.console.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.console.sampling.SamplingRuleInput.Kind;
import io.odigos.model.v1alpha1.Sampling;
import org.junit.jupiter.api.Test;

class SamplingFormViewModelTest {

  @Test
  void oneRuleOfEachKind() {
    SamplingFormViewModel f = SamplingFormViewModel.create();
    f.displayNameProperty().set("Shop");
    SamplingRuleInput noisy = f.rules().getFirst();
    noisy.routePrefixProperty().set("/healthz");
    noisy.methodProperty().set("get");
    f.addRule();
    f.rules().get(1).kindProperty().set(Kind.HIGHLY_RELEVANT);
    f.rules().get(1).routePrefixProperty().set("/checkout");
    f.addRule();
    f.rules().get(2).kindProperty().set(Kind.COST_REDUCTION);
    f.rules().get(2).routePrefixProperty().set("/catalog");
    f.rules().get(2).percentageProperty().set("10");
    Sampling s = f.validate().orElseThrow();
    assertThat(s.getMetadata().getName()).isEqualTo("sampling-shop");
    assertThat(s.getSpec().getNoisyOperations())
        .singleElement()
        .satisfies(n -> assertThat(n.operation().httpServer().method()).isEqualTo("GET"));
    assertThat(s.getSpec().getHighlyRelevantOperations()).hasSize(1);
    assertThat(s.getSpec().getCostReductionRules())
        .singleElement()
        .satisfies(c -> assertThat(c.percentageAtMost()).isEqualTo(10.0));

    SamplingFormViewModel edit = SamplingFormViewModel.edit(s);
    assertThat(edit.rules()).hasSize(3);
    assertThat(edit.rules().get(2).percentageProperty().get()).isEqualTo("10");
  }

  @Test
  void aNoisyRuleWithoutOperationIsRejectedByTheGatewayRenderer() {
    SamplingFormViewModel f = SamplingFormViewModel.create();
    f.displayNameProperty().set("Everything");
    assertThat(f.validate()).isEmpty();
    assertThat(f.problems()).singleElement().asString().contains("needs an operation");
  }

  @Test
  void percentagesAndRoutesAreChecked() {
    SamplingFormViewModel f = SamplingFormViewModel.create();
    f.displayNameProperty().set("x");
    f.rules().getFirst().routePrefixProperty().set("healthz");
    f.rules().getFirst().percentageProperty().set("200");
    assertThat(f.validate()).isEmpty();
    assertThat(f.problems())
        .containsExactly(
            "Rule 1: percentage must be from 0 to 100", "Rule 1: the route prefix starts with /");
  }
}
