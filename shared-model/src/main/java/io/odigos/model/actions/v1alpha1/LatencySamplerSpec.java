package io.odigos.model.actions.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.odigos.model.v1alpha1.SamplersConfig.HttpRouteFilter;
import java.util.List;

/**
 * Spec of the legacy LatencySampler kind: the common fields and the fields of {@link
 * io.odigos.model.v1alpha1.SamplersConfig.LatencySamplerConfig}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class LatencySamplerSpec extends LegacyActionSpec {
  @Required
  @JsonProperty("endpoints_filters")
  @JsonPropertyDescription("One rule per service and HTTP route.")
  private List<HttpRouteFilter> endpointsFilters;

  public List<HttpRouteFilter> getEndpointsFilters() {
    return endpointsFilters;
  }

  public void setEndpointsFilters(List<HttpRouteFilter> endpointsFilters) {
    this.endpointsFilters = endpointsFilters;
  }
}
