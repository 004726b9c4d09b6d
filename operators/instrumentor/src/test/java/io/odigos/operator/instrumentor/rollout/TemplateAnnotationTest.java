package io.odigos.operator.instrumentor.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.odigos.operator.instrumentor.workload.WorkloadKind;
import org.junit.jupiter.api.Test;

class TemplateAnnotationTest {

  @Test
  void patchSetsTheAnnotationOnThePodTemplateOnly() {
    assertThat(TemplateAnnotation.mergePatch(WorkloadKind.DEPLOYMENT, "h1"))
        .isEqualTo(
            "{\"spec\":{\"template\":{\"metadata\":{\"annotations\":"
                + "{\"odigos.io/agents-meta-hash\":\"h1\"}}}}}");
    assertThat(TemplateAnnotation.mergePatch(WorkloadKind.STATEFUL_SET, "h1"))
        .isEqualTo(TemplateAnnotation.mergePatch(WorkloadKind.DAEMON_SET, "h1"))
        .isEqualTo(TemplateAnnotation.mergePatch(WorkloadKind.DEPLOYMENT, "h1"));
  }

  @Test
  void cronJobsAreAnnotatedInTheirJobTemplate() {
    assertThat(TemplateAnnotation.mergePatch(WorkloadKind.CRON_JOB, "h2"))
        .isEqualTo(
            "{\"spec\":{\"jobTemplate\":{\"spec\":{\"template\":{\"metadata\":{\"annotations\":"
                + "{\"odigos.io/agents-meta-hash\":\"h2\"}}}}}}}");
  }

  @Test
  void anEmptyHashRemovesTheAnnotation() {
    String expected =
        "{\"spec\":{\"template\":{\"metadata\":{\"annotations\":"
            + "{\"odigos.io/agents-meta-hash\":null}}}}}";
    assertThat(TemplateAnnotation.mergePatch(WorkloadKind.DEPLOYMENT, "")).isEqualTo(expected);
    assertThat(TemplateAnnotation.mergePatch(WorkloadKind.DEPLOYMENT, null)).isEqualTo(expected);
  }

  @Test
  void readsTheAnnotationFromEachKindsTemplate() {
    var deployment =
        new DeploymentBuilder()
            .withNewSpec()
            .withNewTemplate()
            .withNewMetadata()
            .addToAnnotations(TemplateAnnotation.AGENTS_META_HASH, "h1")
            .addToAnnotations("user", "kept")
            .endMetadata()
            .endTemplate()
            .endSpec()
            .build();
    var cronJob =
        new CronJobBuilder()
            .withNewSpec()
            .withNewJobTemplate()
            .withNewSpec()
            .withNewTemplate()
            .withNewMetadata()
            .addToAnnotations(TemplateAnnotation.AGENTS_META_HASH, "h3")
            .endMetadata()
            .endTemplate()
            .endSpec()
            .endJobTemplate()
            .endSpec()
            .build();
    assertThat(TemplateAnnotation.on(deployment)).contains("h1");
    assertThat(TemplateAnnotation.on(cronJob)).contains("h3");
    assertThat(TemplateAnnotation.on(new DeploymentBuilder().build())).isEmpty();
    assertThat(TemplateAnnotation.kindOf(cronJob)).contains(WorkloadKind.CRON_JOB);
  }
}
