package io.odigos.operator.instrumentor.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.odigos.model.v1alpha1.CodeAttributes;
import io.odigos.model.v1alpha1.HeadersCollection;
import io.odigos.model.v1alpha1.InstrumentationRule;
import io.odigos.model.v1alpha1.InstrumentationRuleSpec;
import io.odigos.model.v1alpha1.InstrumentationRuleSpec.InstrumentationLibraryGlobalId;
import io.odigos.model.v1alpha1.PayloadCollection;
import io.odigos.model.v1alpha1.PayloadCollection.HttpPayload;
import io.odigos.model.v1alpha1.PodWorkload;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.SdkConfig;
import io.odigos.model.v1alpha1.TraceConfig;
import io.odigos.operator.instrumentor.workload.WorkloadKind;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RulesMergerTest {
  private static final WorkloadRef CHECKOUT =
      new WorkloadRef(WorkloadKind.DEPLOYMENT, "shop", "checkout");
  private static final List<ProgrammingLanguage> JAVA = List.of(ProgrammingLanguage.JAVA);

  @Test
  void withoutRulesEachLanguageGetsABareSdkConfig() {
    List<SdkConfig> out =
        RulesMerger.merge(
            List.of(),
            CHECKOUT,
            List.of(
                ProgrammingLanguage.PYTHON, ProgrammingLanguage.JAVA, ProgrammingLanguage.JAVA));
    assertThat(out)
        .extracting(SdkConfig::getLanguage)
        .containsExactly(ProgrammingLanguage.JAVA, ProgrammingLanguage.PYTHON);
    assertThat(out.getFirst().getCodeAttributes()).isNull();
    assertThat(out.getFirst().getInstrumentationLibraryConfigs()).isNull();
  }

  @Test
  void sdkWideSettingsMergeTowardsRecordingMore() {
    var a =
        rule(
            "a",
            s -> {
              s.setCodeAttributes(new CodeAttributes(null, true, false, null, null, null));
              s.setHeadersCollection(new HeadersCollection(List.of("X-Request-Id", "Accept")));
              s.setPayloadCollection(
                  new PayloadCollection(
                      new HttpPayload(List.of("application/json"), 1024L, true), null, null, null));
            });
    var b =
        rule(
            "b",
            s -> {
              s.setCodeAttributes(new CodeAttributes(null, false, true, null, null, null));
              s.setHeadersCollection(new HeadersCollection(List.of("x-request-id", "Traceparent")));
              s.setPayloadCollection(
                  new PayloadCollection(
                      new HttpPayload(List.of("text/plain"), 4096L, false), null, null, null));
              s.setTraceConfig(new TraceConfig(false));
            });
    SdkConfig forward = RulesMerger.merge(List.of(a, b), CHECKOUT, JAVA).getFirst();
    SdkConfig backward = RulesMerger.merge(List.of(b, a), CHECKOUT, JAVA).getFirst();

    assertThat(forward.getCodeAttributes())
        .isEqualTo(new CodeAttributes(null, true, true, null, null, null));
    assertThat(forward.getHeadersCollection().headerKeys())
        .containsExactly("Accept", "Traceparent", "X-Request-Id");
    assertThat(forward.getPayloadCollection().toString())
        .isEqualTo(
            "{\"httpRequest\":{\"mimeTypes\":[\"application/json\",\"text/plain\"],"
                + "\"maxPayloadLength\":4096,\"dropPartialPayloads\":false}}");
    assertThat(forward.getTraceConfig()).isEqualTo(new TraceConfig(false));
    assertThat(backward.getCodeAttributes()).isEqualTo(forward.getCodeAttributes());
    assertThat(backward.getPayloadCollection()).isEqualTo(forward.getPayloadCollection());
  }

  @Test
  void anOpenMimeTypeListWinsAndAnyRuleCanTurnTracingOff() {
    var open =
        rule(
            "open",
            s -> {
              s.setPayloadCollection(
                  new PayloadCollection(null, new HttpPayload(null, null, null), null, null));
              s.setTraceConfig(new TraceConfig(true));
            });
    var narrow =
        rule(
            "narrow",
            s ->
                s.setPayloadCollection(
                    new PayloadCollection(
                        null,
                        new HttpPayload(List.of("application/json"), 10L, null),
                        null,
                        null)));
    SdkConfig sdk = RulesMerger.merge(List.of(open, narrow), CHECKOUT, JAVA).getFirst();
    assertThat(sdk.getPayloadCollection().toString())
        .isEqualTo("{\"httpResponse\":{\"maxPayloadLength\":10}}");
    assertThat(sdk.getTraceConfig()).isEqualTo(new TraceConfig(true));
  }

  @Test
  void libraryRulesGoToTheirLanguageAndLibraryOnly() {
    var rule =
        rule(
            "kafka",
            s -> {
              s.setInstrumentationLibraries(
                  List.of(
                      new InstrumentationLibraryGlobalId(
                          "io.opentelemetry.kafka-clients-0.11", null, ProgrammingLanguage.JAVA),
                      new InstrumentationLibraryGlobalId(
                          "kafkajs", null, ProgrammingLanguage.JAVASCRIPT)));
              s.setTraceConfig(new TraceConfig(true));
              s.setCodeAttributes(new CodeAttributes(null, null, true, null, null, null));
            });
    List<SdkConfig> out =
        RulesMerger.merge(
            List.of(rule), CHECKOUT, List.of(ProgrammingLanguage.JAVA, ProgrammingLanguage.PYTHON));
    SdkConfig java = out.getFirst();
    assertThat(java.getCodeAttributes()).as("not SDK-wide").isNull();
    assertThat(java.getInstrumentationLibraryConfigs())
        .singleElement()
        .satisfies(
            lib -> {
              assertThat(lib.libraryId().libraryName())
                  .isEqualTo("io.opentelemetry.kafka-clients-0.11");
              assertThat(lib.traceConfig().enabled()).isFalse();
              assertThat(lib.codeAttributes().function()).isTrue();
            });
    assertThat(out.get(1).getInstrumentationLibraryConfigs()).as("python").isNull();
  }

  @Test
  void workloadScopesAndDisabledRulesAreHonoured() {
    var elsewhere =
        rule(
            "elsewhere",
            s -> {
              s.setWorkloads(List.of(new PodWorkload("shop", "Deployment", "cart")));
              s.setHeadersCollection(new HeadersCollection(List.of("a")));
            });
    var byNamespace =
        rule(
            "namespace",
            s -> {
              s.setWorkloads(List.of(new PodWorkload("shop", "Namespace", "shop")));
              s.setHeadersCollection(new HeadersCollection(List.of("b")));
            });
    var exact =
        rule(
            "exact",
            s -> {
              s.setWorkloads(List.of(new PodWorkload("shop", "Deployment", "checkout")));
              s.setHeadersCollection(new HeadersCollection(List.of("c")));
            });
    var off =
        rule(
            "off",
            s -> {
              s.setDisabled(true);
              s.setHeadersCollection(new HeadersCollection(List.of("d")));
            });
    var none =
        rule(
            "none",
            s -> {
              s.setWorkloads(List.of());
              s.setHeadersCollection(new HeadersCollection(List.of("e")));
            });
    SdkConfig sdk =
        RulesMerger.merge(List.of(elsewhere, byNamespace, exact, off, none), CHECKOUT, JAVA)
            .getFirst();
    assertThat(sdk.getHeadersCollection().headerKeys()).containsExactly("b", "c");
  }

  static InstrumentationRule rule(String name, Consumer<InstrumentationRuleSpec> settings) {
    InstrumentationRule rule = new InstrumentationRule();
    rule.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("odigos-system").build());
    InstrumentationRuleSpec spec = new InstrumentationRuleSpec();
    settings.accept(spec);
    rule.setSpec(spec);
    return rule;
  }
}
