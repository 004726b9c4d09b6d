package io.odigos.operator.instrumentor.inject;

import static io.odigos.operator.instrumentor.inject.Fixtures.container;
import static io.odigos.operator.instrumentor.inject.Fixtures.details;
import static io.odigos.operator.instrumentor.inject.Fixtures.ic;
import static io.odigos.operator.instrumentor.inject.Fixtures.var;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.operator.instrumentor.inject.Conflict.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InjectionDryRunTest {

  private static PodTemplateSpec template(io.fabric8.kubernetes.api.model.Container... containers) {
    return new PodTemplateSpecBuilder()
        .withNewMetadata()
        .addToLabels("app", "checkout")
        .endMetadata()
        .withNewSpec()
        .withContainers(containers)
        .endSpec()
        .build();
  }

  @Test
  void showsEnvBeforeAndAfterResourcesAndAnnotations() {
    PodTemplateSpec template =
        template(container("app", var("JAVA_TOOL_OPTIONS", "-Xmx1g")), container("istio-proxy"));
    PodTemplateSpec copy = new PodTemplateSpecBuilder(template).build();
    InstrumentationConfig ic = ic("app", "java-community");
    ic.getStatus()
        .setRuntimeDetailsByContainer(List.of(details("app", ProgrammingLanguage.JAVA, Map.of())));

    DryRunReport report = InjectionDryRun.preview(template, ic, null);

    assertThat(template).as("pure").isEqualTo(copy);
    assertThat(report.changesAnything()).isTrue();
    assertThat(report.annotationsAdded())
        .containsExactly(Map.entry("odigos.io/agents-meta-hash", "h1"));
    ContainerPreview app = report.containers().getFirst();
    assertThat(app.injected()).isTrue();
    assertThat(app.envBefore()).containsExactly(var("JAVA_TOOL_OPTIONS", "-Xmx1g"));
    assertThat(app.envAfter())
        .contains(var("JAVA_TOOL_OPTIONS", "-Xmx1g -javaagent:/var/odigos/java/javaagent.jar"))
        .extracting(EnvVar::getName)
        .contains("OTEL_SERVICE_NAME", "OTEL_RESOURCE_ATTRIBUTES", "OTEL_EXPORTER_OTLP_ENDPOINT");
    assertThat(app.limitsAdded()).containsExactly(Map.entry(PodInjector.DEVICE, new Quantity("1")));
    assertThat(app.requestsAdded())
        .containsExactly(Map.entry(PodInjector.DEVICE, new Quantity("1")));
    assertThat(app.conflicts()).isEmpty();
    ContainerPreview proxy = report.containers().get(1);
    assertThat(proxy.injected()).isFalse();
    assertThat(proxy.changed()).isFalse();
  }

  @Test
  void reportsConflicts() {
    EnvVar secretOpts =
        new EnvVarBuilder()
            .withName("JAVA_TOOL_OPTIONS")
            .withNewValueFrom()
            .withNewSecretKeyRef("opts", "jvm", false)
            .endValueFrom()
            .build();
    PodTemplateSpec template =
        template(
            container(
                "app",
                secretOpts,
                var("LD_PRELOAD", "/lib/libjemalloc.so"),
                var("OTEL_TRACES_EXPORTER", "none")),
            container("worker", var("JAVA_TOOL_OPTIONS", "-javaagent:/opt/dd-java-agent.jar")),
            container("web", var("NODE_OPTIONS", "--require newrelic")));
    InstrumentationConfig ic =
        ic("app", "java-community", "worker", "java-community", "web", "nodejs-community");
    RuntimeDetailsByContainer worker = details("worker", ProgrammingLanguage.JAVA, Map.of());
    worker.setOtherAgent(new RuntimeDetailsByContainer.OtherAgent("Datadog"));

    DryRunReport report = InjectionDryRun.preview(template, ic, List.of(worker));

    assertThat(report.containers().getFirst().conflicts())
        .extracting(Conflict::kind, Conflict::variable)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Kind.LD_PRELOAD, "LD_PRELOAD"),
            org.assertj.core.groups.Tuple.tuple(Kind.USER_OTEL_VARIABLE, "OTEL_TRACES_EXPORTER"),
            org.assertj.core.groups.Tuple.tuple(Kind.VALUE_FROM, "JAVA_TOOL_OPTIONS"));
    assertThat(report.containers().getFirst().envAfter()).contains(secretOpts);
    assertThat(report.containers().get(1).conflicts())
        .extracting(Conflict::kind)
        .containsExactly(Kind.OTHER_AGENT, Kind.OTHER_AGENT);
    assertThat(report.containers().get(1).conflicts().get(1).message())
        .contains("dd-java-agent.jar");
    assertThat(report.containers().get(2).conflicts())
        .singleElement()
        .satisfies(c -> assertThat(c.message()).contains("newrelic"));
    assertThat(report.conflicts()).hasSize(6);
  }

  @Test
  void nothingToShowForAWorkloadWithoutEnabledAgents() {
    InstrumentationConfig ic = ic("app", "java-community");
    ic.getSpec().getContainers().getFirst().setAgentEnabled(false);
    DryRunReport report = InjectionDryRun.preview(template(container("app")), ic, List.of());
    assertThat(report.changesAnything()).isFalse();
    assertThat(report.annotationsAdded()).isEmpty();
  }
}
