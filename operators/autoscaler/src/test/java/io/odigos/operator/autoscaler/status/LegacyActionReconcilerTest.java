package io.odigos.operator.autoscaler.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.odigos.model.actions.v1alpha1.DeleteAttribute;
import io.odigos.model.actions.v1alpha1.LegacyActionSpec;
import io.odigos.model.actions.v1alpha1.LegacyActionStatus;
import io.odigos.model.render.GatewaySettings;
import java.time.Clock;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LegacyActionReconcilerTest {
  private static final GatewaySettings SETTINGS = GatewaySettings.defaults("t");

  @Test
  void oneReconcilerPerLegacyKindWithItsOwnName() {
    var reconcilers = LegacyActionKinds.reconcilers(SETTINGS, Clock.systemUTC());

    assertThat(reconcilers)
        .extracting(LegacyActionReconciler::kind)
        .containsExactlyInAnyOrder(
            "AddClusterInfo",
            "DeleteAttribute",
            "RenameAttribute",
            "PiiMasking",
            "K8sAttributesResolver",
            "ErrorSampler",
            "LatencySampler",
            "ProbabilisticSampler",
            "ServiceNameSampler",
            "SpanAttributeSampler");
    assertThat(reconcilers)
        .extracting(LegacyActionReconciler::controllerName)
        .doesNotHaveDuplicates()
        .contains("legacy-deleteattribute");
  }

  @Test
  void anInstanceThatHidesItsKindIsRefused() {
    assertThatThrownBy(() -> erased(DeleteAttribute::new))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("named class");
  }

  @Test
  void anAnonymousInstanceIsRefused() {
    // JOSDK needs the reconciler class's canonical name, which anonymous classes lack
    assertThatThrownBy(
            () ->
                new LegacyActionReconciler<DeleteAttribute>(
                    DeleteAttribute::new, SETTINGS, Clock.systemUTC()) {})
        .isInstanceOf(IllegalStateException.class);
  }

  /** The kind is a type variable here, so JOSDK could not read it from the class. */
  private static <
          L extends CustomResource<? extends LegacyActionSpec, LegacyActionStatus> & Namespaced>
      LegacyActionReconciler<L> erased(Supplier<L> blank) {
    return new LegacyActionReconciler<L>(blank, SETTINGS, Clock.systemUTC()) {};
  }
}
