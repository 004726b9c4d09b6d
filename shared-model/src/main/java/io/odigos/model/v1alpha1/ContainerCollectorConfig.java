package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;

/**
 * Collector-side settings for the telemetry of one container (tail sampling, URL and query
 * templatization). The settings themselves are kept free-form.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ContainerCollectorConfig {
  @Required private String containerName;

  @PreserveUnknownFields
  @JsonPropertyDescription("Tail-sampling rules relevant to this container (free-form).")
  private ObjectNode samplingCollectorConfig;

  @PreserveUnknownFields
  @JsonPropertyDescription("URL templatization settings (free-form).")
  private ObjectNode urlTemplatization;

  @PreserveUnknownFields
  @JsonPropertyDescription("Database query templatization settings (free-form).")
  private ObjectNode dbQueryTemplatization;

  @PreserveUnknownFields
  @JsonPropertyDescription("Database attribute inference settings (free-form).")
  private ObjectNode inferDbAttributes;

  public String getContainerName() {
    return containerName;
  }

  public void setContainerName(String containerName) {
    this.containerName = containerName;
  }

  public ObjectNode getSamplingCollectorConfig() {
    return samplingCollectorConfig;
  }

  public void setSamplingCollectorConfig(ObjectNode samplingCollectorConfig) {
    this.samplingCollectorConfig = samplingCollectorConfig;
  }

  public ObjectNode getUrlTemplatization() {
    return urlTemplatization;
  }

  public void setUrlTemplatization(ObjectNode urlTemplatization) {
    this.urlTemplatization = urlTemplatization;
  }

  public ObjectNode getDbQueryTemplatization() {
    return dbQueryTemplatization;
  }

  public void setDbQueryTemplatization(ObjectNode dbQueryTemplatization) {
    this.dbQueryTemplatization = dbQueryTemplatization;
  }

  public ObjectNode getInferDbAttributes() {
    return inferDbAttributes;
  }

  public void setInferDbAttributes(ObjectNode inferDbAttributes) {
    this.inferDbAttributes = inferDbAttributes;
  }
}
