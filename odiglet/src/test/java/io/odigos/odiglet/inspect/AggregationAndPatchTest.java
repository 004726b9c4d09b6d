package io.odigos.odiglet.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer.EnvVar;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer.LibCType;
import io.odigos.odiglet.inspect.detect.ProcessRuntime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AggregationAndPatchTest {
  static final WorkloadContainer APP = new WorkloadContainer("shop", "Deployment", "cart", "app");
  static final WorkloadContainer SIDECAR =
      new WorkloadContainer("shop", "Deployment", "cart", "proxy");

  static ProcessRuntime runtime(int pid, ProgrammingLanguage l, String v, String agent) {
    return new ProcessRuntime(
        pid,
        l,
        v,
        "test",
        Optional.ofNullable(agent),
        Optional.of(LibCType.glibc),
        Optional.of(false),
        l == ProgrammingLanguage.JAVA
            ? List.of(new EnvVar("JAVA_TOOL_OPTIONS", "-Xmx1g"))
            : List.of());
  }

  @Test
  void shellWrapperLosesToTheJvmItStarted() {
    RuntimeDetailsByContainer d =
        ContainerAggregator.aggregate(
                "app",
                List.of(
                    runtime(1, ProgrammingLanguage.UNKNOWN, "", null),
                    runtime(7, ProgrammingLanguage.JAVA, "21.0.2", null),
                    runtime(9, ProgrammingLanguage.CPLUSPLUS, "gcc 12.2.0", "Datadog")))
            .orElseThrow();
    assertThat(d.getLanguage()).isEqualTo(ProgrammingLanguage.JAVA);
    assertThat(d.getRuntimeVersion()).isEqualTo("21.0.2");
    assertThat(d.getOtherAgent().name())
        .as("an agent anywhere in the container")
        .isEqualTo("Datadog");
    assertThat(d.getEnvVars()).containsExactly(new EnvVar("JAVA_TOOL_OPTIONS", "-Xmx1g"));
  }

  @Test
  void lowestPidAmongEquals() {
    assertThat(
            ContainerAggregator.mainProcess(
                    List.of(
                        runtime(40, ProgrammingLanguage.NGINX, "1.25.3", null),
                        runtime(12, ProgrammingLanguage.NGINX, "1.25.3", null)))
                .orElseThrow()
                .pid())
        .isEqualTo(12);
    assertThat(ContainerAggregator.aggregate("x", List.of())).isEmpty();
  }

  @Test
  void groupsByWorkloadAndSkipsUnplacedProcesses() {
    List<InspectedProcess> ps =
        List.of(
            new InspectedProcess(
                5,
                "node",
                new ProcessOwner.HostWorkload(SIDECAR),
                runtime(5, ProgrammingLanguage.JAVASCRIPT, "20.1.0", null)),
            new InspectedProcess(
                3,
                "java",
                new ProcessOwner.HostWorkload(APP),
                runtime(3, ProgrammingLanguage.JAVA, "17.0.9", null)),
            new InspectedProcess(
                2,
                "bash",
                new ProcessOwner.Unowned(),
                runtime(2, ProgrammingLanguage.UNKNOWN, "", null)));
    Map<ContainerAggregator.WorkloadKey, List<RuntimeDetailsByContainer>> out =
        ContainerAggregator.byWorkload(ps, ContainerAggregator::hostMode);
    assertThat(out)
        .containsOnlyKeys(new ContainerAggregator.WorkloadKey("shop", "deployment-cart"));
    assertThat(out.values().iterator().next())
        .extracting(RuntimeDetailsByContainer::getContainerName)
        .containsExactly("app", "proxy");
  }

  @Test
  void patchWritesOnlyRuntimeDetailsWithWireNames() {
    RuntimeDetailsByContainer d =
        ContainerAggregator.aggregate(
                "app", List.of(runtime(3, ProgrammingLanguage.JAVASCRIPT, "20.20.2", null)))
            .orElseThrow();
    assertThat(RuntimeDetailsPatch.statusPatch(List.of(d)))
        .isEqualTo(
            "{\"status\":{\"runtimeDetailsByContainer\":[{\"containerName\":\"app\","
                + "\"language\":\"javascript\",\"runtimeVersion\":\"20.20.2\","
                + "\"libCType\":\"glibc\",\"secureExecutionMode\":false}]}}");
  }

  @Test
  void hostLabelParsing() {
    assertThat(HostAttribution.parseLabel("shop/Deployment/cart/app")).contains(APP);
    assertThat(HostAttribution.parseLabel("shop/Deployment/cart")).isEmpty();
    assertThat(HostAttribution.parseLabel("shop//cart/app")).isEmpty();
    assertThat(HostAttribution.parseLabel("\uFFFD/a/b/c/d")).isEmpty();
    HostAttribution byPid = new HostAttribution(Map.of(42, SIDECAR));
    assertThat(byPid.attribute(42, Map.of(HostAttribution.LABEL_VARIABLE, "a/B/c/d")))
        .as("explicit PID wins over the label")
        .contains(SIDECAR);
  }
}
