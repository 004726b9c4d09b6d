package io.odigos.model.actions.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.List;

/**
 * The fields that every legacy action kind has besides its payload; they mean what the same fields
 * of {@link io.odigos.model.v1alpha1.ActionSpec} mean.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class LegacyActionSpec {
  @JsonPropertyDescription("Display name for people; Odigos gives it no meaning.")
  private String actionName;

  @JsonPropertyDescription("Free text for people (why the action exists...); ignored by Odigos.")
  private String notes;

  @JsonPropertyDescription("Turns the action off while keeping it.")
  private Boolean disabled;

  @Required
  @JsonPropertyDescription("Signals the action works on.")
  private List<ObservabilitySignal> signals;

  public String getActionName() {
    return actionName;
  }

  public void setActionName(String actionName) {
    this.actionName = actionName;
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
}
