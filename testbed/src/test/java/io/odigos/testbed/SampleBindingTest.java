package io.odigos.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.odigos.model.actions.v1alpha1.AddClusterInfo;
import io.odigos.model.actions.v1alpha1.DeleteAttribute;
import io.odigos.model.actions.v1alpha1.ErrorSampler;
import io.odigos.model.actions.v1alpha1.K8sAttributesResolver;
import io.odigos.model.actions.v1alpha1.LatencySampler;
import io.odigos.model.actions.v1alpha1.PiiMasking;
import io.odigos.model.actions.v1alpha1.ProbabilisticSampler;
import io.odigos.model.actions.v1alpha1.RenameAttribute;
import io.odigos.model.actions.v1alpha1.ServiceNameSampler;
import io.odigos.model.actions.v1alpha1.SpanAttributeSampler;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationInstance;
import io.odigos.model.v1alpha1.InstrumentationRule;
import io.odigos.model.v1alpha1.Processor;
import io.odigos.model.v1alpha1.Sampling;
import io.odigos.model.v1alpha1.Source;
import java.io.InputStream;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The upstream-style manifests bind to the Java model without losing a field: read into the typed
 * class and written back, the spec is what the manifest said. (The server side of the same samples
 * is in {@link CrdSchemaIT}.)
 */
class SampleBindingTest {
  private static final KubernetesSerialization serialization = new KubernetesSerialization();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** 10 and 10.0 are the same value: a YAML integer read into a double field comes back as 10.0. */
  private static final Comparator<JsonNode> SAME_NUMBER =
      (a, b) ->
          a.isNumber() && b.isNumber()
              ? a.decimalValue().compareTo(b.decimalValue())
              : a.equals(b) ? 0 : 1;

  static Stream<Arguments> samples() {
    Map<String, Class<? extends HasMetadata>> kinds =
        Map.ofEntries(
            Map.entry("source", Source.class),
            Map.entry("destination", Destination.class),
            Map.entry("instrumentationconfig", InstrumentationConfig.class),
            Map.entry("instrumentationinstance", InstrumentationInstance.class),
            Map.entry("collectorsgroup", CollectorsGroup.class),
            Map.entry("processor", Processor.class),
            Map.entry("action", Action.class),
            Map.entry("action-samplers", Action.class),
            Map.entry("instrumentationrule", InstrumentationRule.class),
            Map.entry("sampling", Sampling.class),
            // legacy actions.odigos.io kinds
            Map.entry("addclusterinfo", AddClusterInfo.class),
            Map.entry("deleteattribute", DeleteAttribute.class),
            Map.entry("renameattribute", RenameAttribute.class),
            Map.entry("piimasking", PiiMasking.class),
            Map.entry("k8sattributesresolver", K8sAttributesResolver.class),
            Map.entry("errorsampler", ErrorSampler.class),
            Map.entry("latencysampler", LatencySampler.class),
            Map.entry("probabilisticsampler", ProbabilisticSampler.class),
            Map.entry("servicenamesampler", ServiceNameSampler.class),
            Map.entry("spanattributesampler", SpanAttributeSampler.class));
    return kinds.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void specSurvivesARoundTripThroughTheTypedModel(String sample, Class<? extends HasMetadata> type)
      throws Exception {
    String yaml;
    try (InputStream in = getClass().getResourceAsStream("/samples/" + sample + ".yaml")) {
      yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    HasMetadata typed = serialization.unmarshal(yaml, type);
    assertThat(typed.getMetadata().getName()).isNotBlank();
    GenericKubernetesResource original =
        serialization.unmarshal(yaml, GenericKubernetesResource.class);
    GenericKubernetesResource back =
        serialization.unmarshal(serialization.asJson(typed), GenericKubernetesResource.class);
    assertThat(back.getKind()).isEqualTo(original.getKind());
    JsonNode want = JSON.valueToTree(original.getAdditionalProperties().get("spec"));
    JsonNode got = JSON.valueToTree(back.getAdditionalProperties().get("spec"));
    assertThat(want.equals(SAME_NUMBER, got))
        .as("spec after the round trip:%n%s%nwas:%n%s", got, want)
        .isTrue();
  }
}
