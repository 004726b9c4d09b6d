package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class InstrumentationInstanceSpec {
  @Required
  @JsonPropertyDescription("Container the agent runs in; the pod is the resource's owner.")
  private String containerName;

  public InstrumentationInstanceSpec() {}

  public InstrumentationInstanceSpec(String containerName) {
    this.containerName = containerName;
  }

  public String getContainerName() {
    return containerName;
  }

  public void setContainerName(String containerName) {
    this.containerName = containerName;
  }
}
