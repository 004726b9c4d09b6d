package io.odigos.operator.instrumentor.agent;

import static io.odigos.operator.instrumentor.agent.RulesMergerTest.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.model.v1alpha1.HeadersCollection;
import io.odigos.model.v1alpha1.InstrumentationRule;
import io.odigos.model.v1alpha1.InstrumentationRuleSpec.InstrumentationLibraryGlobalId;
import io.odigos.model.v1alpha1.InstrumentationRuleSpec.OtelDistros;
import io.odigos.model.v1alpha1.PayloadCollection;
import io.odigos.model.v1alpha1.PodWorkload;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.operator.support.Conditions.Desired;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleValidatorTest {

  @Test
  void aWellFormedRuleHasNoProblemAndIsAccepted() {
    InstrumentationRule ok =
        rule(
            "ok",
            s -> {
              s.setWorkloads(
                  List.of(
                      new PodWorkload("shop", "Deployment", "checkout"),
                      new PodWorkload(null, "Namespace", "shop")));
              s.setHeadersCollection(new HeadersCollection(List.of("X-Request-Id")));
              s.setOtelDistros(new OtelDistros(List.of("java-community")));
            });
    assertThat(RuleValidator.problems(ok)).isEmpty();
    Desired condition = InstrumentationRuleReconciler.condition(ok);
    assertThat(condition.status()).isEqualTo("True");
    assertThat(condition.reason()).isEqualTo("RuleAccepted");
  }

  @Test
  void everyProblemIsNamedWithItsPlace() {
    InstrumentationRule bad =
        rule(
            "bad",
            s -> {
              s.setWorkloads(List.of(new PodWorkload("shop", "Pod", "")));
              s.setInstrumentationLibraries(
                  List.of(new InstrumentationLibraryGlobalId(" ", null, ProgrammingLanguage.JAVA)));
              s.setHeadersCollection(new HeadersCollection(List.of("bad header")));
              s.setPayloadCollection(
                  new PayloadCollection(null, null, new PayloadCollection.Payload(0L, null), null));
              s.setOtelDistros(new OtelDistros(List.of("java-community", "java-enterprise")));
            });
    assertThat(RuleValidator.problems(bad))
        .containsExactly(
            "workloads[0].kind 'Pod' is not one of Deployment, StatefulSet, DaemonSet, CronJob,"
                + " Namespace",
            "workloads[0].name is empty",
            "instrumentationLibraries[0].name is empty",
            "headersCollection.headerKeys[0] 'bad header' is not an HTTP header name",
            "payloadCollection.dbQuery.maxPayloadLength must be positive, not 0",
            "otelDistros names unknown distribution 'java-enterprise'; known: dotnet-community,"
                + " golang-community, java-community, nodejs-community, python-community");
    Desired condition = InstrumentationRuleReconciler.condition(bad);
    assertThat(condition.status()).isEqualTo("False");
    assertThat(condition.reason()).isEqualTo("InvalidRule");
    assertThat(condition.message()).startsWith("not applied: workloads[0].kind 'Pod'");
  }

  @Test
  void twoDistrosForOneLanguageAreAProblem() {
    InstrumentationRule twice =
        rule(
            "twice",
            s -> s.setOtelDistros(new OtelDistros(List.of("java-community", "java-community"))));
    assertThat(RuleValidator.problems(twice))
        .containsExactly(
            "otelDistros names two distributions for java: java-community and java-community");
    assertThat(RuleValidator.problems(rule("nospec", s -> {}))).isEmpty();
    InstrumentationRule noSpec = new InstrumentationRule();
    assertThat(RuleValidator.problems(noSpec)).containsExactly("spec is missing");
  }
}
