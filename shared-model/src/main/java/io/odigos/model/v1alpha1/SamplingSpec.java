package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class SamplingSpec {
  @JsonPropertyDescription("Display name of this rule set; Odigos gives it no meaning.")
  private String name;

  @JsonPropertyDescription("Free text for people; ignored by Odigos.")
  private String notes;

  @JsonPropertyDescription(
      "Ignores every rule of this resource for sampling decisions, keeping them for later.")
  private Boolean disabled;

  @JsonPropertyDescription(
      "Operations of little value (health checks, metric scrapes, agents calling home) to drop or keep rarely.")
  private List<NoisyOperation> noisyOperations;

  @JsonPropertyDescription(
      "Operations whose traces are kept whatever the cost-reduction rules say.")
  private List<HighlyRelevantOperation> highlyRelevantOperations;

  @JsonPropertyDescription("Rules that sample matching traces down to save cost.")
  private List<CostReductionRule> costReductionRules;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
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

  public List<NoisyOperation> getNoisyOperations() {
    return noisyOperations;
  }

  public void setNoisyOperations(List<NoisyOperation> noisyOperations) {
    this.noisyOperations = noisyOperations;
  }

  public List<HighlyRelevantOperation> getHighlyRelevantOperations() {
    return highlyRelevantOperations;
  }

  public void setHighlyRelevantOperations(List<HighlyRelevantOperation> highlyRelevantOperations) {
    this.highlyRelevantOperations = highlyRelevantOperations;
  }

  public List<CostReductionRule> getCostReductionRules() {
    return costReductionRules;
  }

  public void setCostReductionRules(List<CostReductionRule> costReductionRules) {
    this.costReductionRules = costReductionRules;
  }
}
