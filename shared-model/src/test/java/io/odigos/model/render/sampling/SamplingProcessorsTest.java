package io.odigos.model.render.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.model.render.Fixtures;
import io.odigos.model.render.GatewaySettings;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.Sampling;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SamplingProcessorsTest {

  private final GatewaySettings settings = GatewaySettings.defaults("v1");

  private static Action action(String name, String samplers) {
    return Fixtures.one(
        "apiVersion: odigos.io/v1alpha1\nkind: Action\nmetadata: {name: "
            + name
            + "}\nspec: {signals: [TRACES], samplers: "
            + samplers
            + "}",
        Action.class);
  }

  @Test
  void nothingToSampleMeansNoSamplingProcessor() {
    assertThat(SamplingProcessors.render(List.of(), List.of(), settings).processors()).isEmpty();
  }

  @Test
  void theLowestFallbackWinsAndErrorsAreKept() {
    var result =
        SamplingProcessors.render(
            List.of(
                action("e1", "{errorSampler: {fallback_sampling_ratio: 40}}"),
                action("e2", "{errorSampler: {fallback_sampling_ratio: 10}}")),
            List.of(),
            settings);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> policies =
        (List<Map<String, Object>>) result.processors().get("tail_sampling").get("policies");
    assertThat(policies).extracting(p -> p.get("type")).contains("status_code", "probabilistic");
    assertThat(policies.getLast())
        .containsEntry("name", "fallback")
        .containsEntry("probabilistic", Map.of("sampling_percentage", 10.0));
  }

  @Test
  void tailSamplingCanBeSwitchedOffForTheWholeGateway() {
    var off = new GatewaySettings("v1", 400, 80, "30s", true);
    var result =
        SamplingProcessors.render(
            List.of(action("e1", "{errorSampler: {fallback_sampling_ratio: 40}}")), List.of(), off);
    assertThat(result.processors()).isEmpty();
  }

  @Test
  void badSamplerRulesAreRejectedWithTheirReason() {
    var result =
        SamplingProcessors.render(
            List.of(
                action("head", "{probabilisticSampler: {sampling_percentage: lots}}"),
                action(
                    "json",
                    "{spanAttributeSampler: {attribute_filters: [{service_name: a, attribute_key:"
                        + " k, condition: {json_condition: {operation: is_valid_json}},"
                        + " sampling_ratio: 10, fallback_sampling_ratio: 50}]}}")),
            List.of(
                Fixtures.one(
                    """
                    apiVersion: odigos.io/v1alpha1
                    kind: Sampling
                    metadata: {name: rules}
                    spec:
                      noisyOperations: [{name: everything, percentageAtMost: 0}]
                    """,
                    Sampling.class)),
            settings);
    assertThat(result.rejections())
        .containsOnlyKeys("Action/head", "Action/json", "Sampling/rules");
    assertThat(result.rejections().get("Action/head").message())
        .contains("sampling_percentage must be a number from 0 to 100, got \"lots\"");
    assertThat(result.rejections().get("Action/json").message())
        .contains("json_condition is not supported");
    assertThat(result.rejections().get("Sampling/rules").message())
        .contains("rules/noisy/everything: a noisy operation needs an operation");
  }
}
