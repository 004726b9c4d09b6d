package io.odigos.console.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.odigos.model.render.GatewayConfigRenderer;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.ActionSpec;
import io.odigos.model.v1alpha1.CostReductionRule;
import io.odigos.model.v1alpha1.DeleteAttributeConfig;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.model.v1alpha1.Sampling;
import io.odigos.model.v1alpha1.SamplingSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayPreviewsTest {
  private final GatewayPreviews previews = new GatewayPreviews(new GatewayConfigRenderer());

  static Action delete(String name, List<String> keys) {
    Action a = new Action();
    a.setMetadata(new ObjectMetaBuilder().withName(name).build());
    ActionSpec spec = new ActionSpec();
    spec.setSignals(List.of(ObservabilitySignal.TRACES));
    spec.setDeleteAttribute(new DeleteAttributeConfig(keys));
    a.setSpec(spec);
    return a;
  }

  private final PipelineSnapshot withOneAction =
      new PipelineSnapshot(
          List.of(io.odigos.console.actions.ActionsViewModelTestAccess.debug()),
          List.of(delete("drop", List.of("old"))),
          List.of(),
          List.of());

  @Test
  void changingAnActionDiffsOnlyItsProcessor() {
    ChangePreview p = previews.withAction(withOneAction, delete("drop", List.of("new")));
    assertThat(p.rejected()).isFalse();
    assertThat(p.preview().diff().lines()).allMatch(l -> l.startsWith("+") || l.startsWith("-"));
    assertThat(p.preview().diff()).contains("new").contains("old");
    assertThat(p.preview().runningYaml()).contains("transform/drop");
    assertThat(p.preview().proposedYaml()).contains("transform/drop");
  }

  @Test
  void theSameActionChangesNothing() {
    ChangePreview p = previews.withAction(withOneAction, delete("drop", List.of("old")));
    assertThat(p.preview().changes()).isFalse();
  }

  @Test
  void theRenderersRejectionOfTheChangedActionIsReported() {
    ChangePreview p = previews.withAction(withOneAction, delete("broken", List.of()));
    assertThat(p.rejected()).isTrue();
    assertThat(p.rejections()).singleElement().asString().contains("attributeNamesToDelete");
  }

  @Test
  void aSamplingRuleWithoutOperationIsRejected() {
    Sampling s = new Sampling();
    s.setMetadata(new ObjectMetaBuilder().withName("cost").build());
    SamplingSpec spec = new SamplingSpec();
    spec.setCostReductionRules(List.of(new CostReductionRule("all", null, null, null, 10.0, null)));
    s.setSpec(spec);
    ChangePreview p = previews.withSampling(withOneAction, s);
    assertThat(p.rejections()).singleElement().asString().contains("needs an operation");
  }
}
