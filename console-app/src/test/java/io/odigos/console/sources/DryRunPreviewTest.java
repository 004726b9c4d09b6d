package io.odigos.console.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.odigos.console.describe.WorkloadKey;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The instrumentor's own dry run, fed by the console before any Source exists. */
class DryRunPreviewTest {
  private static final WorkloadKey CART = new WorkloadKey("shop", "Deployment", "cart");

  private static PodTemplateSpec template(EnvVar... env) {
    return new PodTemplateSpecBuilder()
        .withNewMetadata()
        .addToLabels("app", "cart")
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("app")
        .withImage("cart:1")
        .withEnv(env)
        .endContainer()
        .addNewContainer()
        .withName("istio-proxy")
        .withImage("proxy")
        .endContainer()
        .endSpec()
        .build();
  }

  @Test
  void beforeInspectionNothingIsGuessedUnlessTheUserPicksALanguage() {
    var none = DryRunPreview.of(CART, template(), null, null);
    assertThat(none.report()).isNull();
    assertThat(none.notes()).singleElement().asString().contains("language not detected yet");
    assertThat(DryRunText.render(List.of(none), 0)).contains("nothing to preview");
  }

  @Test
  void anAssumedJavaShowsEnvBeforeAndAfterResourcesAnnotationsAndConflicts() {
    EnvVar secretOpts =
        new EnvVarBuilder()
            .withName("JAVA_TOOL_OPTIONS")
            .withNewValueFrom()
            .withNewSecretKeyRef("opts", "jvm", false)
            .endValueFrom()
            .build();
    var preview =
        DryRunPreview.of(
            CART,
            template(new EnvVar("DB_PASSWORD", "hunter2", null), secretOpts),
            null,
            ProgrammingLanguage.JAVA);
    assertThat(preview.report()).isNotNull();
    assertThat(preview.report().containers().getFirst().injected()).isTrue();
    assertThat(preview.report().containers().get(1).injected()).isFalse();
    String text = DryRunText.render(List.of(preview), 3);
    assertThat(text)
        .contains("Deployment shop/cart")
        .contains("assuming java")
        .contains("annotation + odigos.io/agents-meta-hash=")
        .contains("container app: agent injected")
        .contains("+ OTEL_SERVICE_NAME=cart")
        .contains("limits + instrumentation.odigos.io/generic=1")
        .contains("conflict (VALUE_FROM JAVA_TOOL_OPTIONS)")
        .contains("JAVA_TOOL_OPTIONS=from Secret jvm key opts")
        .contains("container istio-proxy: no agent")
        .contains("… and 3 more workloads");
    assertThat(text).as("secret values never shown").doesNotContain("hunter2");
  }
}
