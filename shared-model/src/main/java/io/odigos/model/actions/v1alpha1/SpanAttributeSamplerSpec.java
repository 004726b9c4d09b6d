package io.odigos.model.actions.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.odigos.model.v1alpha1.SamplersConfig.SpanAttributeFilter;
import java.util.List;

/**
 * Spec of the legacy SpanAttributeSampler kind: the common fields and the fields of {@link
 * io.odigos.model.v1alpha1.SamplersConfig.SpanAttributeSamplerConfig}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SpanAttributeSamplerSpec extends LegacyActionSpec {
  @Required
  @JsonProperty("attribute_filters")
  @JsonPropertyDescription("Attribute rules; each names a service, an attribute and a test.")
  private List<SpanAttributeFilter> attributeFilters;

  public List<SpanAttributeFilter> getAttributeFilters() {
    return attributeFilters;
  }

  public void setAttributeFilters(List<SpanAttributeFilter> attributeFilters) {
    this.attributeFilters = attributeFilters;
  }
}
