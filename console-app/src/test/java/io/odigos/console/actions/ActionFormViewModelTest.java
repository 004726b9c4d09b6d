package io.odigos.console.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.odigos.model.render.action.ActionProcessors;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.ActionSpec;
import io.odigos.model.v1alpha1.AddClusterInfoConfig;
import io.odigos.model.v1alpha1.DeleteAttributeConfig;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.model.v1alpha1.PiiMaskingConfig.PiiCategory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActionFormViewModelTest {

  /** A form of the kind with valid inputs for it. */
  static ActionFormViewModel filled(ActionKind kind) {
    ActionFormViewModel f = ActionFormViewModel.create();
    f.displayNameProperty().set("My " + kind.title());
    f.kindProperty().set(kind);
    f.clusterAttributesProperty().set("k8s.cluster.name=prod-eu-1");
    f.attributesToDeleteProperty().set("http.request.header.authorization");
    f.renamesProperty().set("user_id=enduser.id");
    f.piiCategories().get(PiiCategory.EMAIL).set(true);
    f.workloadUidProperty().set(true);
    f.samplingPercentageProperty().set("25");
    return f;
  }

  @ParameterizedTest
  @EnumSource(ActionKind.class)
  void everyKindBuildsAnActionWithExactlyItsOnePayload(ActionKind kind) throws Exception {
    Action a = filled(kind).validate().orElseThrow();
    assertThat(ActionProcessors.payloadName(a.getMetadata().getName(), a.getSpec()))
        .isEqualTo(kind.wireName());
    assertThat(a.getMetadata().getName()).startsWith("action-my-");
    assertThat(a.getSpec().getSignals()).isNotEmpty();
  }

  @Test
  void nameAndSignalsAreRequired() {
    ActionFormViewModel f = filled(ActionKind.DELETE_ATTRIBUTE);
    f.displayNameProperty().set(" ");
    f.signals().values().forEach(p -> p.set(false));
    assertThat(f.validate()).isEmpty();
    assertThat(f.problems()).containsExactly("Name is required", "Pick at least one signal");
  }

  @Test
  void theRendererRejectsAnEmptyDeleteList() {
    ActionFormViewModel f = filled(ActionKind.DELETE_ATTRIBUTE);
    f.attributesToDeleteProperty().set(" , ");
    assertThat(f.validate()).isEmpty();
    assertThat(f.problems())
        .singleElement()
        .asString()
        .isEqualTo("DeleteAttribute needs one or more non-empty attributeNamesToDelete");
  }

  @Test
  void piiPatternsWithLookAroundAreRejectedBeforeSaving() {
    ActionFormViewModel f = filled(ActionKind.PII_MASKING);
    f.customRegexesProperty().set("(?=secret)\\w+");
    assertThat(f.validate()).isEmpty();
    assertThat(f.problems()).singleElement().asString().contains("look-around");
  }

  @Test
  void aSamplingPercentageThatIsNotANumberIsRejectedByTheSamplingRenderer() {
    ActionFormViewModel f = filled(ActionKind.SAMPLERS);
    f.samplingPercentageProperty().set("lots");
    assertThat(f.validate()).isEmpty();
    assertThat(f.problems())
        .singleElement()
        .asString()
        .contains("sampling_percentage must be a number from 0 to 100");
  }

  @Test
  void samplersApplyToTracesOnly() {
    Action a = filled(ActionKind.SAMPLERS).validate().orElseThrow();
    assertThat(a.getSpec().getSignals()).containsExactly(ObservabilitySignal.TRACES);
    assertThat(a.getSpec().getSamplers().probabilisticSampler().samplingPercentage())
        .isEqualTo("25");
  }

  @Test
  void editingAnActionWithTwoPayloadsSaysSoAndSavingKeepsOne() throws Exception {
    Action twoPayloads = new Action();
    twoPayloads.setMetadata(new ObjectMetaBuilder().withName("both").build());
    ActionSpec spec = new ActionSpec();
    spec.setSignals(List.of(ObservabilitySignal.TRACES));
    spec.setAddClusterInfo(
        new AddClusterInfoConfig(
            List.of(new AddClusterInfoConfig.ClusterAttribute("env", "prod")), null));
    spec.setDeleteAttribute(new DeleteAttributeConfig(List.of("secret")));
    twoPayloads.setSpec(spec);

    ActionFormViewModel f = ActionFormViewModel.edit(twoPayloads);
    assertThat(f.problems()).singleElement().asString().contains("an Action carries exactly one");
    assertThat(f.kindProperty().get()).isEqualTo(ActionKind.ADD_CLUSTER_INFO);
    assertThat(f.clusterAttributesProperty().get()).isEqualTo("env=prod");

    Action saved = f.validate().orElseThrow();
    assertThat(saved.getMetadata().getName()).isEqualTo("both");
    assertThat(ActionProcessors.payloadName("both", saved.getSpec())).isEqualTo("addClusterInfo");
    assertThat(saved.getSpec().getDeleteAttribute()).isNull();
  }

  @Test
  void anActionOfAKindWithoutAFormIsNotEditable() {
    Action a = new Action();
    a.setMetadata(new ObjectMetaBuilder().withName("urls").build());
    ActionSpec spec = new ActionSpec();
    spec.setSignals(List.of(ObservabilitySignal.TRACES));
    spec.setUrlTemplatization(new io.odigos.model.v1alpha1.UrlTemplatizationConfig(null, null));
    a.setSpec(spec);
    ActionFormViewModel f = ActionFormViewModel.edit(a);
    assertThat(f.validate()).isEmpty();
    assertThat(f.problems())
        .singleElement()
        .asString()
        .contains("urlTemplatization actions have no form");
  }

  @Test
  void rowsShowKindSignalsAndFalseConditions() {
    Action a = filled(ActionKind.RENAME_ATTRIBUTE).validate().orElseThrow();
    a.setStatus(new io.odigos.model.v1alpha1.ActionStatus());
    a.getStatus()
        .setConditions(
            List.of(
                io.odigos.console.forms.HealthTest.condition(
                    "TransformedToProcessor", "False", "InvalidPayload")));
    var row = ActionRows.of(a);
    assertThat(row.detail()).isEqualTo("Rename attributes · traces, metrics, logs");
    assertThat(row.problems())
        .containsExactly("TransformedToProcessor: InvalidPayload — m InvalidPayload");
    assertThat(row.health()).isEqualTo(io.odigos.console.forms.Health.FAILED);
  }

  @Test
  void editingKeepsWhatTheFormHasNoInputFor() {
    Action a = new Action();
    a.setMetadata(new ObjectMetaBuilder().withName("sampling").build());
    ActionSpec spec = new ActionSpec();
    spec.setSignals(List.of(ObservabilitySignal.TRACES));
    var latency =
        new io.odigos.model.v1alpha1.SamplersConfig.LatencySamplerConfig(
            List.of(
                new io.odigos.model.v1alpha1.SamplersConfig.HttpRouteFilter(
                    "checkout", "/pay", 500, 10.0)));
    spec.setSamplers(
        new io.odigos.model.v1alpha1.SamplersConfig(null, latency, null, null, null, null));
    a.setSpec(spec);
    ActionFormViewModel f = ActionFormViewModel.edit(a);
    f.samplingPercentageProperty().set("50");
    Action saved = f.validate().orElseThrow();
    assertThat(saved.getSpec().getSamplers().latencySampler()).isEqualTo(latency);
    assertThat(saved.getSpec().getSamplers().probabilisticSampler().samplingPercentage())
        .isEqualTo("50");
  }
}
