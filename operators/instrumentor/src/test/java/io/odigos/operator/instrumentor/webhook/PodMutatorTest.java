package io.odigos.operator.instrumentor.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionRequest;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponse;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.zjsonpatch.JsonPatch;
import io.odigos.model.v1alpha1.ContainerAgentConfig;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigSpec;
import io.odigos.operator.instrumentor.inject.PodInjector;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PodMutatorTest {
  private final KubernetesSerialization json = new KubernetesSerialization();
  private final ObjectMapper mapper = new ObjectMapper();

  static InstrumentationConfig javaConfig(String namespace) {
    InstrumentationConfig ic = new InstrumentationConfig();
    ic.setMetadata(
        new ObjectMetaBuilder().withName("deployment-checkout").withNamespace(namespace).build());
    InstrumentationConfigSpec spec = new InstrumentationConfigSpec();
    spec.setAgentInjectionEnabled(true);
    spec.setAgentsMetaHash("abc");
    ContainerAgentConfig app = new ContainerAgentConfig();
    app.setContainerName("app");
    app.setAgentEnabled(true);
    app.setOtelDistroName("java-community");
    spec.setContainers(List.of(app));
    ic.setSpec(spec);
    return ic;
  }

  static Pod deploymentPod(String deployment) {
    return new PodBuilder()
        .withNewMetadata()
        .withGenerateName(deployment + "-5d9f8c7b6-")
        .addToLabels("pod-template-hash", "5d9f8c7b6")
        .addNewOwnerReference()
        .withApiVersion("apps/v1")
        .withKind("ReplicaSet")
        .withName(deployment + "-5d9f8c7b6")
        .withUid("0d3c7a6e-0000-0000-0000-000000000001")
        .withController(true)
        .endOwnerReference()
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("app")
        .withImage("checkout:1")
        .addNewEnv()
        .withName("JAVA_TOOL_OPTIONS")
        .withValue("-Xmx1g")
        .endEnv()
        .endContainer()
        .addNewContainer()
        .withName("istio-proxy")
        .withImage("proxy:1")
        .endContainer()
        .endSpec()
        .build();
  }

  private AdmissionRequest request(Pod pod, String operation) {
    AdmissionRequest request = new AdmissionRequest();
    request.setUid("req-1");
    request.setNamespace("shop");
    request.setOperation(operation);
    request.setObject(mapper.convertValue(pod, Map.class));
    return request;
  }

  private PodMutator mutator(ConfigLookup lookup) {
    return new PodMutator(lookup, PodInjector.withDefaultIgnoredContainers(), json);
  }

  @Test
  void patchTurnsTheRequestedPodIntoTheInjectedOne() throws Exception {
    Pod pod = deploymentPod("checkout");
    InstrumentationConfig ic = javaConfig("shop");
    ConfigLookup lookup =
        (ns, name) ->
            "shop".equals(ns) && "deployment-checkout".equals(name)
                ? Optional.of(ic)
                : Optional.empty();

    AdmissionResponse response = mutator(lookup).mutate(request(pod, "CREATE"));

    assertThat(response.getUid()).isEqualTo("req-1");
    assertThat(response.getAllowed()).isTrue();
    assertThat(response.getPatchType()).isEqualTo("JSONPatch");
    JsonNode patch = mapper.readTree(Base64.getDecoder().decode(response.getPatch()));
    assertThat(patch)
        .extracting(op -> op.get("path").asText())
        .containsExactly(
            "/spec/containers/0/env", "/spec/containers/0/resources", "/metadata/annotations");
    JsonNode patched = JsonPatch.apply(patch, mapper.valueToTree(pod));
    Pod expected = PodInjector.withDefaultIgnoredContainers().inject(pod, ic, null).pod();
    assertThat(json.convertValue(patched, Pod.class)).isEqualTo(expected);
  }

  @Test
  void podsOfOtherWorkloadsAndOtherOperationsAreAllowedUnchanged() {
    ConfigLookup none = (ns, name) -> Optional.empty();
    AdmissionResponse other = mutator(none).mutate(request(deploymentPod("cart"), "CREATE"));
    assertThat(other.getAllowed()).isTrue();
    assertThat(other.getPatch()).isNull();

    ConfigLookup all = (ns, name) -> Optional.of(javaConfig(ns));
    AdmissionResponse update = mutator(all).mutate(request(deploymentPod("checkout"), "UPDATE"));
    assertThat(update.getPatch()).isNull();
    assertThat(update.getUid()).isEqualTo("req-1");
  }

  @Test
  void anAlreadyInjectedPodNeedsNoPatch() {
    InstrumentationConfig ic = javaConfig("shop");
    Pod injected =
        PodInjector.withDefaultIgnoredContainers()
            .inject(deploymentPod("checkout"), ic, null)
            .pod();
    AdmissionResponse response =
        mutator((ns, n) -> Optional.of(ic)).mutate(request(injected, "CREATE"));
    assertThat(response.getPatch()).isNull();
  }
}
