package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class ProcessorSpec {
  @Required
  @JsonPropertyDescription(
      "Collector component type of the processor (batch, attributes, transform...), without an instance suffix.")
  private String type;

  @JsonPropertyDescription(
      "Display name for people; Odigos gives it no meaning and does not require it to be unique.")
  private String processorName;

  @JsonPropertyDescription("Free text for people; ignored by Odigos.")
  private String notes;

  @JsonPropertyDescription(
      "Keeps the processor out of the collector configuration while leaving the resource in place.")
  private Boolean disabled;

  @Required
  @JsonPropertyDescription("Signals whose pipelines get this processor.")
  private List<ObservabilitySignal> signals;

  @Required
  @JsonPropertyDescription("Collector roles whose pipelines get this processor.")
  private List<CollectorsGroupRole> collectorRoles;

  @JsonPropertyDescription(
      "Position hint: lower values come earlier in the pipeline; equal or missing values have no defined order.")
  private Integer orderHint;

  @Required
  @PreserveUnknownFields
  @JsonPropertyDescription(
      "The processor's own collector configuration, copied as is under the processor's key.")
  private ObjectNode processorConfig;

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getProcessorName() {
    return processorName;
  }

  public void setProcessorName(String processorName) {
    this.processorName = processorName;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Boolean getDisabled() {
    return disabled;
  }

  public void setDisabled(Boolean disabled) {
    this.disabled = disabled;
  }

  public List<ObservabilitySignal> getSignals() {
    return signals;
  }

  public void setSignals(List<ObservabilitySignal> signals) {
    this.signals = signals;
  }

  public List<CollectorsGroupRole> getCollectorRoles() {
    return collectorRoles;
  }

  public void setCollectorRoles(List<CollectorsGroupRole> collectorRoles) {
    this.collectorRoles = collectorRoles;
  }

  public Integer getOrderHint() {
    return orderHint;
  }

  public void setOrderHint(Integer orderHint) {
    this.orderHint = orderHint;
  }

  public ObjectNode getProcessorConfig() {
    return processorConfig;
  }

  public void setProcessorConfig(ObjectNode processorConfig) {
    this.processorConfig = processorConfig;
  }
}
