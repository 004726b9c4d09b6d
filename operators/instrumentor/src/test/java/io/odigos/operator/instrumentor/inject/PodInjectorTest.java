package io.odigos.operator.instrumentor.inject;

import static io.odigos.operator.instrumentor.inject.Fixtures.NS;
import static io.odigos.operator.instrumentor.inject.Fixtures.container;
import static io.odigos.operator.instrumentor.inject.Fixtures.details;
import static io.odigos.operator.instrumentor.inject.Fixtures.env;
import static io.odigos.operator.instrumentor.inject.Fixtures.ic;
import static io.odigos.operator.instrumentor.inject.Fixtures.pod;
import static io.odigos.operator.instrumentor.inject.Fixtures.value;
import static io.odigos.operator.instrumentor.inject.Fixtures.var;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.operator.instrumentor.inject.Conflict.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodInjectorTest {
  private final PodInjector injector = PodInjector.withDefaultIgnoredContainers();

  private InjectionResult inject(
      Pod pod, InstrumentationConfig ic, RuntimeDetailsByContainer... d) {
    return injector.inject(pod, ic, List.of(d));
  }

  @Test
  void javaAgentIsAppendedToThePodsJavaToolOptions() {
    Pod pod = pod(container("app", var("JAVA_TOOL_OPTIONS", "-Xmx1g")));
    Pod out = inject(pod, ic("app", "java-community")).pod();
    assertThat(value(out, "app", "JAVA_TOOL_OPTIONS"))
        .isEqualTo("-Xmx1g -javaagent:/var/odigos/java/javaagent.jar");
    assertThat(value(pod, "app", "JAVA_TOOL_OPTIONS")).as("input untouched").isEqualTo("-Xmx1g");
  }

  @Test
  void javaAgentAloneWhenNobodySetsTheVariable() {
    Pod out = inject(pod(container("app")), ic("app", "java-community")).pod();
    assertThat(value(out, "app", "JAVA_TOOL_OPTIONS"))
        .isEqualTo("-javaagent:/var/odigos/java/javaagent.jar");
  }

  @Test
  void theImagesValueIsKeptWhenThePodDoesNotSetIt() {
    var image = details("app", ProgrammingLanguage.JAVA, Map.of("JAVA_TOOL_OPTIONS", "-Xss512k"));
    Pod out = inject(pod(container("app")), ic("app", "java-community"), image).pod();
    assertThat(value(out, "app", "JAVA_TOOL_OPTIONS"))
        .isEqualTo("-Xss512k -javaagent:/var/odigos/java/javaagent.jar");
  }

  @Test
  void podValueWinsOverTheImagesValue() {
    var image = details("app", ProgrammingLanguage.JAVA, Map.of("JAVA_TOOL_OPTIONS", "-Xss512k"));
    Pod pod = pod(container("app", var("JAVA_TOOL_OPTIONS", "-Xmx1g")));
    Pod out = inject(pod, ic("app", "java-community"), image).pod();
    assertThat(value(out, "app", "JAVA_TOOL_OPTIONS"))
        .isEqualTo("-Xmx1g -javaagent:/var/odigos/java/javaagent.jar");
  }

  @Test
  void valueFromIsLeftAloneAndReported() {
    EnvVar fromConfigMap =
        new EnvVarBuilder()
            .withName("JAVA_TOOL_OPTIONS")
            .withNewValueFrom()
            .withNewConfigMapKeyRef("opts", "jvm", false)
            .endValueFrom()
            .build();
    InjectionResult r = inject(pod(container("app", fromConfigMap)), ic("app", "java-community"));
    assertThat(env(r.pod(), "app", "JAVA_TOOL_OPTIONS")).contains(fromConfigMap);
    assertThat(r.conflicts())
        .anySatisfy(
            c -> {
              assertThat(c.kind()).isEqualTo(Kind.VALUE_FROM);
              assertThat(c.variable()).isEqualTo("JAVA_TOOL_OPTIONS");
              assertThat(c.containerName()).isEqualTo("app");
            });
  }

  @Test
  void nodeRequiresTheAgent() {
    Pod pod = pod(container("web", var("NODE_OPTIONS", "--max-old-space-size=512")));
    Pod out = inject(pod, ic("web", "nodejs-community")).pod();
    assertThat(value(out, "web", "NODE_OPTIONS"))
        .isEqualTo("--max-old-space-size=512 --require /var/odigos/nodejs/autoinstrumentation.js");
  }

  @Test
  void pythonPathIsExtendedWithAColon() {
    var image = details("api", ProgrammingLanguage.PYTHON, Map.of("PYTHONPATH", "/app"));
    Pod out = inject(pod(container("api")), ic("api", "python-community"), image).pod();
    assertThat(value(out, "api", "PYTHONPATH"))
        .isEqualTo(
            "/app:/var/odigos/python:/var/odigos/python/opentelemetry/instrumentation/auto_instrumentation");
  }

  @Test
  void dotnetGetsTheClrProfilerForItsLibc() {
    var musl = details("svc", ProgrammingLanguage.DOTNET, Map.of());
    musl.setLibCType(RuntimeDetailsByContainer.LibCType.musl);
    Pod out = inject(pod(container("svc")), ic("svc", "dotnet-community"), musl).pod();
    assertThat(value(out, "svc", "CORECLR_ENABLE_PROFILING")).isEqualTo("1");
    assertThat(value(out, "svc", "CORECLR_PROFILER"))
        .isEqualTo("{918728DD-259F-4A6A-AC2B-B85E1B658318}");
    assertThat(value(out, "svc", "CORECLR_PROFILER_PATH"))
        .isEqualTo("/var/odigos/dotnet/linux-musl-x64/OpenTelemetry.AutoInstrumentation.Native.so");
    assertThat(value(out, "svc", "DOTNET_STARTUP_HOOKS"))
        .isEqualTo("/var/odigos/dotnet/net/OpenTelemetry.AutoInstrumentation.StartupHook.dll");
    assertThat(value(out, "svc", "DOTNET_ADDITIONAL_DEPS"))
        .isEqualTo("/var/odigos/dotnet/AdditionalDeps");
    assertThat(value(out, "svc", "DOTNET_SHARED_STORE")).isEqualTo("/var/odigos/dotnet/store");
    assertThat(value(out, "svc", "OTEL_DOTNET_AUTO_HOME")).isEqualTo("/var/odigos/dotnet");

    Pod glibc = inject(pod(container("svc")), ic("svc", "dotnet-community")).pod();
    assertThat(value(glibc, "svc", "CORECLR_PROFILER_PATH"))
        .isEqualTo("/var/odigos/dotnet/linux-x64/OpenTelemetry.AutoInstrumentation.Native.so");
  }

  @Test
  void anotherClrProfilerIsKeptAndReported() {
    Pod pod = pod(container("svc", var("CORECLR_PROFILER", "{DATADOG}")));
    InjectionResult r = inject(pod, ic("svc", "dotnet-community"));
    assertThat(value(r.pod(), "svc", "CORECLR_PROFILER")).isEqualTo("{DATADOG}");
    assertThat(r.conflicts()).extracting(Conflict::kind).contains(Kind.OTHER_AGENT);
  }

  @Test
  void goGetsNoAgentEnvironmentButTheCommonVariablesAndDevice() {
    Pod out = inject(pod(container("gw")), ic("gw", "golang-community")).pod();
    var names = out.getSpec().getContainers().getFirst().getEnv().stream().map(EnvVar::getName);
    assertThat(names)
        .containsExactly(
            "ODIGOS_POD_NAME",
            "ODIGOS_NAMESPACE",
            "ODIGOS_NODE_IP",
            "ODIGOS_CONTAINER_NAME",
            "ODIGOS_DISTRO_NAME",
            "OTEL_SERVICE_NAME",
            "OTEL_RESOURCE_ATTRIBUTES",
            "OTEL_EXPORTER_OTLP_ENDPOINT");
    assertThat(out.getSpec().getContainers().getFirst().getResources().getLimits())
        .containsEntry(PodInjector.DEVICE, new Quantity("1"));
  }

  @Test
  void commonVariablesDeviceAndAnnotation() {
    Pod pod = pod(container("app", var("OTEL_RESOURCE_ATTRIBUTES", "team=shop")));
    Pod out = inject(pod, ic("app", "java-community")).pod();
    var app = out.getSpec().getContainers().getFirst();
    assertThat(app.getEnv().getFirst().getName())
        .as("referenced later, so first")
        .isEqualTo("ODIGOS_POD_NAME");
    assertThat(app.getEnv().getFirst().getValueFrom().getFieldRef().getFieldPath())
        .isEqualTo("metadata.name");
    assertThat(
            env(out, "app", "ODIGOS_NODE_IP")
                .orElseThrow()
                .getValueFrom()
                .getFieldRef()
                .getFieldPath())
        .isEqualTo("status.hostIP");
    assertThat(value(out, "app", "OTEL_SERVICE_NAME")).isEqualTo("checkout");
    assertThat(value(out, "app", "OTEL_RESOURCE_ATTRIBUTES"))
        .isEqualTo(
            "team=shop,k8s.namespace.name="
                + NS
                + ",k8s.pod.name=$(ODIGOS_POD_NAME),k8s.container.name=app,k8s.deployment.name=checkout");
    assertThat(value(out, "app", "OTEL_EXPORTER_OTLP_ENDPOINT"))
        .isEqualTo("http://$(ODIGOS_NODE_IP):4318");
    assertThat(app.getResources().getLimits()).containsEntry(PodInjector.DEVICE, new Quantity("1"));
    assertThat(app.getResources().getRequests())
        .containsEntry(PodInjector.DEVICE, new Quantity("1"));
    assertThat(out.getMetadata().getAnnotations())
        .containsEntry("odigos.io/agents-meta-hash", "h1");
  }

  @Test
  void serviceNameFromTheConfigElseTheWorkloadAndNeverOverTheUsers() {
    InstrumentationConfig named = ic("app", "java-community");
    named.getSpec().setServiceName("checkout-svc");
    assertThat(value(inject(pod(container("app")), named).pod(), "app", "OTEL_SERVICE_NAME"))
        .isEqualTo("checkout-svc");
    assertThat(
            value(
                inject(pod(container("app")), ic("app", "java-community")).pod(),
                "app",
                "OTEL_SERVICE_NAME"))
        .isEqualTo("checkout");
    Pod own = pod(container("app", var("OTEL_SERVICE_NAME", "mine")));
    InjectionResult r = inject(own, named);
    assertThat(value(r.pod(), "app", "OTEL_SERVICE_NAME")).isEqualTo("mine");
    assertThat(r.conflicts()).extracting(Conflict::kind).contains(Kind.USER_OTEL_VARIABLE);
  }

  @Test
  void injectingTwiceChangesNothing() {
    var image =
        details("app", ProgrammingLanguage.JAVA, Map.of("JAVA_TOOL_OPTIONS", "-Xss1m $(X)"));
    Pod pod =
        pod(
            container("app", var("OTEL_RESOURCE_ATTRIBUTES", "a=b")),
            container("web", var("NODE_OPTIONS", "--inspect")));
    InstrumentationConfig ic = ic("app", "java-community", "web", "nodejs-community");
    Pod once = inject(pod, ic, image).pod();
    InjectionResult twice = inject(once, ic, image);
    assertThat(twice.pod()).isEqualTo(once);
    assertThat(value(once, "app", "JAVA_TOOL_OPTIONS"))
        .as("image value escaped against expansion")
        .isEqualTo("-Xss1m $$(X) -javaagent:/var/odigos/java/javaagent.jar");
    assertThat(twice.conflicts()).isEmpty();
  }

  @Test
  void ignoredDisabledAndUnknownContainersAreLeftAlone() {
    Pod pod =
        pod(container("app"), container("istio-proxy"), container("sidecar"), container("php"));
    InstrumentationConfig ic =
        ic(
            "app",
            "java-community",
            "istio-proxy",
            "java-community",
            "sidecar",
            "java-community",
            "php",
            "php-community");
    ic.getSpec().getContainers().get(2).setAgentEnabled(false);
    InjectionResult r = inject(pod, ic);
    assertThat(r.injectedContainers()).containsExactly("app");
    assertThat(r.pod().getSpec().getContainers().subList(1, 4))
        .isEqualTo(pod.getSpec().getContainers().subList(1, 4));
    assertThat(r.conflicts()).extracting(Conflict::kind).containsExactly(Kind.UNKNOWN_DISTRO);

    InjectionResult custom = new PodInjector(List.of("app")).inject(pod, ic, List.of());
    assertThat(custom.injectedContainers()).containsExactly("istio-proxy");
  }

  @Test
  void nothingWhenInjectionIsDisabledForTheWorkload() {
    InstrumentationConfig ic = ic("app", "java-community");
    ic.getSpec().setAgentInjectionEnabled(false);
    Pod pod = pod(container("app"));
    InjectionResult r = inject(pod, ic);
    assertThat(r.pod()).isEqualTo(pod);
    assertThat(r.injectedContainers()).isEmpty();
  }
}
