package io.odigos.odiglet.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubeletEnvironmentTest {
  private final Pod pod =
      new PodBuilder()
          .withNewMetadata()
          .withName("web-1")
          .withNamespace("shop")
          .endMetadata()
          .withNewSpec()
          .withNodeName("n1")
          .endSpec()
          .withNewStatus()
          .withHostIP("10.0.0.7")
          .endStatus()
          .build();

  @Test
  void fieldRefsAndEarlierVariablesAreResolvedInOrder() {
    Container c =
        new ContainerBuilder()
            .withName("app")
            .addNewEnv()
            .withName("IP")
            .withNewValueFrom()
            .withNewFieldRef()
            .withFieldPath("status.hostIP")
            .endFieldRef()
            .endValueFrom()
            .endEnv()
            .addNewEnv()
            .withName("URL")
            .withValue("http://$(IP):4318/$(LATER)/$$(IP)")
            .endEnv()
            .addNewEnv()
            .withName("LATER")
            .withValue("x")
            .endEnv()
            .build();
    assertThat(KubeletEnvironment.of(pod, c))
        .containsExactly(
            Map.entry("IP", "10.0.0.7"),
            Map.entry("URL", "http://10.0.0.7:4318/$(LATER)/$(IP)"),
            Map.entry("LATER", "x"));
  }

  @Test
  void anUnclosedReferenceStaysAsWritten() {
    assertThat(KubeletEnvironment.expand("a$(B", Map.of("B", "b"))).isEqualTo("a$(B");
    assertThat(KubeletEnvironment.expand("cost $5", Map.of())).isEqualTo("cost $5");
  }

  @Test
  void anUnsupportedFieldFailsLoudly() {
    Container c =
        new ContainerBuilder()
            .withName("app")
            .addNewEnv()
            .withName("SA")
            .withNewValueFrom()
            .withNewFieldRef()
            .withFieldPath("spec.serviceAccountName")
            .endFieldRef()
            .endValueFrom()
            .endEnv()
            .build();
    assertThatThrownBy(() -> KubeletEnvironment.of(pod, c))
        .hasMessageContaining("spec.serviceAccountName");
  }
}
