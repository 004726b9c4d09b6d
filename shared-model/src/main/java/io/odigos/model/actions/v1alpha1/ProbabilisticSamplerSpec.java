package io.odigos.model.actions.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/**
 * Spec of the legacy ProbabilisticSampler kind: the common fields and the fields of {@link
 * io.odigos.model.v1alpha1.SamplersConfig.ProbabilisticSamplerConfig}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ProbabilisticSamplerSpec extends LegacyActionSpec {
  @Required
  @JsonProperty("sampling_percentage")
  @JsonPropertyDescription("Percentage (0 to 100) of the traces to keep, as a string.")
  private String samplingPercentage;

  public String getSamplingPercentage() {
    return samplingPercentage;
  }

  public void setSamplingPercentage(String samplingPercentage) {
    this.samplingPercentage = samplingPercentage;
  }
}
