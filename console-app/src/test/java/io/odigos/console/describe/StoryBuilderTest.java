package io.odigos.console.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigStatus;
import io.odigos.model.v1alpha1.InstrumentationInstance;
import io.odigos.model.v1alpha1.InstrumentationInstanceSpec;
import io.odigos.model.v1alpha1.InstrumentationInstanceStatus;
import io.odigos.model.v1alpha1.PodWorkload;
import io.odigos.model.v1alpha1.Source;
import io.odigos.model.v1alpha1.SourceSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryBuilderTest {
  private static final WorkloadKey CART = new WorkloadKey("shop", "Deployment", "cart");

  private static EnvVar var(String n, String v) {
    return new EnvVar(n, v, null);
  }

  private static final EnvVar DB_PASSWORD =
      new EnvVarBuilder()
          .withName("DB_PASSWORD")
          .withNewValueFrom()
          .withNewSecretKeyRef("password", "db", false)
          .endValueFrom()
          .build();

  private static PodTemplateSpec template() {
    return new PodTemplateSpecBuilder()
        .withNewMetadata()
        .addToLabels("app", "cart")
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("app")
        .withEnv(var("MODE", "prod"), DB_PASSWORD, var("API_TOKEN", "abc123"))
        .endContainer()
        .endSpec()
        .build();
  }

  private static Pod pod(String name, String created, boolean agent) {
    var b =
        new PodBuilder()
            .withNewMetadata()
            .withName(name)
            .withNamespace("shop")
            .withCreationTimestamp(created)
            .addToLabels("app", "cart")
            .endMetadata()
            .withNewSpec()
            .withNodeName("node-1")
            .addNewContainer()
            .withName("app")
            .withEnv(var("MODE", "prod"), DB_PASSWORD, var("API_TOKEN", "abc123"))
            .endContainer()
            .endSpec();
    if (agent) {
      b.editMetadata()
          .addToAnnotations("odigos.io/agents-meta-hash", "h1")
          .endMetadata()
          .editSpec()
          .editFirstContainer()
          .addToEnv(var("OTEL_SERVICE_NAME", "cart"))
          .endContainer()
          .endSpec();
    }
    return b.build();
  }

  private static Source source(String name, String kind, String target, boolean off) {
    Source s = new Source();
    s.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("shop").build());
    SourceSpec spec = new SourceSpec();
    spec.setWorkload(new PodWorkload("shop", kind, target));
    spec.setDisableInstrumentation(off ? true : null);
    s.setSpec(spec);
    return s;
  }

  private static Event event(String object, String reason, String at) {
    return new EventBuilder()
        .withNewMetadata()
        .withName(object + "." + reason)
        .withNamespace("shop")
        .endMetadata()
        .withNewInvolvedObject()
        .withKind("Pod")
        .withName(object)
        .withNamespace("shop")
        .endInvolvedObject()
        .withReason(reason)
        .withMessage("about " + object)
        .withLastTimestamp(at)
        .withType("Normal")
        .build();
  }

  @Test
  void tellsTheWholeStory() {
    InstrumentationConfig ic = new InstrumentationConfig();
    ic.setMetadata(
        new ObjectMetaBuilder().withName("deployment-cart").withNamespace("shop").build());
    ic.setStatus(new InstrumentationConfigStatus());
    ic.getStatus()
        .getConditions()
        .add(
            new ConditionBuilder()
                .withType("AgentEnabled")
                .withStatus("False")
                .withReason("NoDestination")
                .withMessage("no enabled Destination")
                .build());
    InstrumentationInstance ii = new InstrumentationInstance();
    ii.setMetadata(
        new ObjectMetaBuilder()
            .withName("ii-1")
            .withNamespace("shop")
            .withLabels(Map.of("odigos.io/instrumented-app", "deployment-cart"))
            .addNewOwnerReference()
            .withKind("Pod")
            .withName("cart-new")
            .endOwnerReference()
            .build());
    ii.setSpec(new InstrumentationInstanceSpec("app"));
    InstrumentationInstanceStatus iis = new InstrumentationInstanceStatus();
    iis.setHealthy(false);
    iis.setReason("ExporterError");
    iis.setMessage("connection refused");
    ii.setStatus(iis);

    WorkloadStory story =
        StoryBuilder.build(
            CART,
            template(),
            List.of(
                source("namespace-shop", "Namespace", "shop", false),
                source("deployment-pay", "Deployment", "pay", false),
                source("deployment-cart", "Deployment", "cart", true)),
            ic,
            List.of(
                pod("cart-old", "2026-01-01T00:00:00Z", false),
                pod("cart-new", "2026-01-02T00:00:00Z", true)),
            List.of(
                event("cart-old", "Pulled", "2026-01-01T00:01:00Z"),
                event("cart-new", "Started", "2026-01-02T00:01:00Z"),
                event("other-pod", "Started", "2026-01-03T00:00:00Z")),
            List.of(ii));

    assertThat(story.sources())
        .extracting(WorkloadStory.SourceLine::name, WorkloadStory.SourceLine::effect)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("namespace-shop", "instruments"),
            org.assertj.core.groups.Tuple.tuple("deployment-cart", "opts out"));
    assertThat(story.conditions())
        .singleElement()
        .satisfies(c -> assertThat(c.message()).isEqualTo("no enabled Destination"));
    assertThat(story.pods())
        .extracting(WorkloadStory.PodLine::name, WorkloadStory.PodLine::agent)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("cart-new", true),
            org.assertj.core.groups.Tuple.tuple("cart-old", false));
    assertThat(story.envPod()).isEqualTo("cart-new");
    assertThat(story.env())
        .extracting(
            WorkloadStory.EnvLine::name,
            WorkloadStory.EnvLine::value,
            WorkloadStory.EnvLine::injected)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("MODE", "prod", false),
            org.assertj.core.groups.Tuple.tuple(
                "DB_PASSWORD", "from Secret db key password", false),
            org.assertj.core.groups.Tuple.tuple("API_TOKEN", EnvMasking.MASK, false),
            org.assertj.core.groups.Tuple.tuple("OTEL_SERVICE_NAME", "cart", true));
    assertThat(story.events())
        .extracting(WorkloadStory.EventLine::reason)
        .containsExactly("Started", "Pulled");
    assertThat(story.instances())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.health()).isEqualTo("unhealthy");
              assertThat(i.pod()).isEqualTo("cart-new");
              assertThat(i.message()).isEqualTo("connection refused");
            });
    assertThat(DescribeViewModel.summary(story))
        .contains("namespace Source namespace-shop instruments it")
        .contains("workload Source deployment-cart opts it out")
        .contains("not enabled — no enabled Destination")
        .contains("2 pods, 1 with the agent");
  }

  @Test
  void podsOfACronJobAreThoseOfItsJobs() {
    WorkloadKey job = new WorkloadKey("shop", "CronJob", "nightly");
    Pod mine =
        new PodBuilder()
            .withNewMetadata()
            .withName("nightly-123-abc")
            .withNamespace("shop")
            .addNewOwnerReference()
            .withKind("Job")
            .withName("nightly-123")
            .endOwnerReference()
            .endMetadata()
            .build();
    Pod other = pod("cart-x", "2026-01-01T00:00:00Z", false);
    assertThat(WorkloadPods.of(job, Map.of(), List.of(mine, other))).containsExactly(mine);
    assertThat(WorkloadPods.of(CART, Map.of("app", "cart"), List.of(mine, other)))
        .containsExactly(other);
  }

  @Test
  void secretsAreMaskedAndReferencesNamedNotResolved() {
    assertThat(EnvMasking.display(var("DATABASE_URL", "postgres://app:hunter2@db:5432/x")))
        .isEqualTo(EnvMasking.MASK);
    assertThat(EnvMasking.display(var("AUTH_HEADER", "Bearer xyz"))).isEqualTo(EnvMasking.MASK);
    assertThat(EnvMasking.display(var("OTEL_SERVICE_NAME", "cart"))).isEqualTo("cart");
    assertThat(EnvMasking.display(DB_PASSWORD)).isEqualTo("from Secret db key password");
    assertThat(StoryBuilder.splitCamel("WaitingForNodeCollector"))
        .isEqualTo("waiting for node collector");
  }
}
