package io.odigos.model.actions.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.odigos.model.v1alpha1.SamplersConfig.ServiceNameFilter;
import java.util.List;

/**
 * Spec of the legacy ServiceNameSampler kind: the common fields and the fields of {@link
 * io.odigos.model.v1alpha1.SamplersConfig.ServiceNameSamplerConfig}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ServiceNameSamplerSpec extends LegacyActionSpec {
  @Required
  @JsonProperty("services_name_filters")
  @JsonPropertyDescription("One rule per service.")
  private List<ServiceNameFilter> servicesNameFilters;

  public List<ServiceNameFilter> getServicesNameFilters() {
    return servicesNameFilters;
  }

  public void setServicesNameFilters(List<ServiceNameFilter> servicesNameFilters) {
    this.servicesNameFilters = servicesNameFilters;
  }
}
