package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why an agent is, or is not, injected into a container. */
public enum AgentEnabledReason {
  ENABLED_SUCCESSFULLY("EnabledSuccessfully"),
  WAITING_FOR_RUNTIME_INSPECTION("WaitingForRuntimeInspection"),
  WAITING_FOR_NODE_COLLECTOR("WaitingForNodeCollector"),
  /** No enabled Destination: the telemetry would have nowhere to go. */
  NO_DESTINATION("NoDestination"),
  IGNORED_CONTAINER("IgnoredContainer"),
  NO_COLLECTED_SIGNALS("NoCollectedSignals"),
  INJECTION_CONFLICT("InjectionConflict"),
  UNSUPPORTED_PROGRAMMING_LANGUAGE("UnsupportedProgrammingLanguage"),
  NO_AVAILABLE_AGENT("NoAvailableAgent"),
  UNSUPPORTED_RUNTIME_VERSION("UnsupportedRuntimeVersion"),
  MISSING_DISTRO_PARAMETER("MissingDistroParameter"),
  OTHER_AGENT_DETECTED("OtherAgentDetected"),
  RUNTIME_DETAILS_UNAVAILABLE("RuntimeDetailsUnavailable"),
  CRASH_LOOP_BACK_OFF("CrashLoopBackOff"),
  IMAGE_PULL_BACK_OFF("ImagePullBackOff");

  private final String wireName;

  AgentEnabledReason(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }
}
