package io.odigos.model.actions.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;

/**
 * Spec of the legacy ErrorSampler kind: the common fields and the fields of {@link
 * io.odigos.model.v1alpha1.SamplersConfig.ErrorSamplerConfig}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ErrorSamplerSpec extends LegacyActionSpec {
  @Required
  @Min(0)
  @Max(100)
  @JsonProperty("fallback_sampling_ratio")
  @JsonPropertyDescription("Percentage (0 to 100) of the traces without an error to keep.")
  private Double fallbackSamplingRatio;

  public Double getFallbackSamplingRatio() {
    return fallbackSamplingRatio;
  }

  public void setFallbackSamplingRatio(Double fallbackSamplingRatio) {
    this.fallbackSamplingRatio = fallbackSamplingRatio;
  }
}
