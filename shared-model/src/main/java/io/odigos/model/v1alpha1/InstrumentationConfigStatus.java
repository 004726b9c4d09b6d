package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Status of an InstrumentationConfig: runtime inspection results, rollout bookkeeping and
 * conditions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class InstrumentationConfigStatus extends OdigosStatus {
  @JsonPropertyDescription("What runtime inspection found, per container.")
  private List<RuntimeDetailsByContainer> runtimeDetailsByContainer;

  @JsonPropertyDescription(
      "agentsMetaHash as of the last rollout; a different spec value means a rollout is due.")
  private String workloadRolloutHash;

  @JsonPropertyDescription(
      "Whether instrumentation was rolled back because the workload failed after it.")
  private Boolean rollbackOccurred;

  @JsonPropertyDescription(
      "When the last rollout happened; used to tell whether a crash follows instrumentation.")
  private OffsetDateTime instrumentationTime;

  @JsonPropertyDescription("Which kinds of pods exist with respect to agent injection.")
  private PodsManifestInjectionStatus podsManifestInjectionStatus;

  public List<RuntimeDetailsByContainer> getRuntimeDetailsByContainer() {
    return runtimeDetailsByContainer;
  }

  public void setRuntimeDetailsByContainer(
      List<RuntimeDetailsByContainer> runtimeDetailsByContainer) {
    this.runtimeDetailsByContainer = runtimeDetailsByContainer;
  }

  public String getWorkloadRolloutHash() {
    return workloadRolloutHash;
  }

  public void setWorkloadRolloutHash(String workloadRolloutHash) {
    this.workloadRolloutHash = workloadRolloutHash;
  }

  public Boolean getRollbackOccurred() {
    return rollbackOccurred;
  }

  public void setRollbackOccurred(Boolean rollbackOccurred) {
    this.rollbackOccurred = rollbackOccurred;
  }

  public OffsetDateTime getInstrumentationTime() {
    return instrumentationTime;
  }

  public void setInstrumentationTime(OffsetDateTime instrumentationTime) {
    this.instrumentationTime = instrumentationTime;
  }

  public PodsManifestInjectionStatus getPodsManifestInjectionStatus() {
    return podsManifestInjectionStatus;
  }

  public void setPodsManifestInjectionStatus(
      PodsManifestInjectionStatus podsManifestInjectionStatus) {
    this.podsManifestInjectionStatus = podsManifestInjectionStatus;
  }

  /** Whether pods exist that have the current agent setup, an outdated one, or none. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PodsManifestInjectionStatus(
      Boolean hasInjectedUpToDatePods,
      Boolean hasInjectedOutOfDatePods,
      Boolean hasUninjectedPods) {}
}
