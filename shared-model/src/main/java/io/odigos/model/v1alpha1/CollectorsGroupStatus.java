package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** Status of a CollectorsGroup: readiness and the signals its OTLP receiver accepts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CollectorsGroupStatus extends OdigosStatus {
  @JsonPropertyDescription("True once the collectors of this group are up.")
  private Boolean ready;

  @JsonPropertyDescription(
      "Signals the group's OTLP receiver is set up for; agents export only these.")
  private List<ObservabilitySignal> receiverSignals;

  public Boolean getReady() {
    return ready;
  }

  public void setReady(Boolean ready) {
    this.ready = ready;
  }

  /** True when the status says the collectors are ready. */
  public boolean readyNow() {
    return Boolean.TRUE.equals(ready);
  }

  public List<ObservabilitySignal> getReceiverSignals() {
    return receiverSignals;
  }

  public void setReceiverSignals(List<ObservabilitySignal> receiverSignals) {
    this.receiverSignals = receiverSignals;
  }
}
