package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.Map;

/**
 * The agent decision and agent settings for one container of an instrumented workload. The
 * per-signal settings (traces, metrics, logs) are kept free-form: a signal is enabled when its
 * object is present, even if empty.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ContainerAgentConfig {
  @Required private String containerName;

  @Required
  @JsonPropertyDescription("Whether an agent is injected into this container.")
  private Boolean agentEnabled;

  @JsonPropertyDescription(
      "True if this container's agent can be injected without changing the pod manifest.")
  private Boolean podManifestInjectionOptional;

  @JsonPropertyDescription("Reason for the decision.")
  private AgentEnabledReason agentEnabledReason;

  @JsonPropertyDescription("Extra detail about the decision; may be empty.")
  private String agentEnabledMessage;

  @JsonPropertyDescription("Distribution to inject; no agent when empty.")
  private String otelDistroName;

  @JsonPropertyDescription("Distribution parameters, e.g. libc: musl.")
  private Map<String, String> distroParams;

  @JsonPropertyDescription(
      "How the loader environment variables (JAVA_TOOL_OPTIONS, NODE_OPTIONS, PYTHONPATH) are injected; none when unset.")
  private EnvInjectionMethod envInjectionMethod;

  @JsonPropertyDescription("Log levels of the agent itself.")
  private AgentDiagnostics agentDiagnostics;

  @PreserveUnknownFields
  @JsonPropertyDescription("Trace settings of the agent (free-form); traces are off when unset.")
  private ObjectNode traces;

  @PreserveUnknownFields
  @JsonPropertyDescription("Metric settings of the agent (free-form); metrics are off when unset.")
  private ObjectNode metrics;

  @PreserveUnknownFields
  @JsonPropertyDescription("Log settings of the agent (free-form); logs are off when unset.")
  private ObjectNode logs;

  public String getContainerName() {
    return containerName;
  }

  public void setContainerName(String containerName) {
    this.containerName = containerName;
  }

  public Boolean getAgentEnabled() {
    return agentEnabled;
  }

  public void setAgentEnabled(Boolean agentEnabled) {
    this.agentEnabled = agentEnabled;
  }

  public Boolean getPodManifestInjectionOptional() {
    return podManifestInjectionOptional;
  }

  public void setPodManifestInjectionOptional(Boolean podManifestInjectionOptional) {
    this.podManifestInjectionOptional = podManifestInjectionOptional;
  }

  public AgentEnabledReason getAgentEnabledReason() {
    return agentEnabledReason;
  }

  public void setAgentEnabledReason(AgentEnabledReason agentEnabledReason) {
    this.agentEnabledReason = agentEnabledReason;
  }

  public String getAgentEnabledMessage() {
    return agentEnabledMessage;
  }

  public void setAgentEnabledMessage(String agentEnabledMessage) {
    this.agentEnabledMessage = agentEnabledMessage;
  }

  public String getOtelDistroName() {
    return otelDistroName;
  }

  public void setOtelDistroName(String otelDistroName) {
    this.otelDistroName = otelDistroName;
  }

  public Map<String, String> getDistroParams() {
    return distroParams;
  }

  public void setDistroParams(Map<String, String> distroParams) {
    this.distroParams = distroParams;
  }

  public EnvInjectionMethod getEnvInjectionMethod() {
    return envInjectionMethod;
  }

  public void setEnvInjectionMethod(EnvInjectionMethod envInjectionMethod) {
    this.envInjectionMethod = envInjectionMethod;
  }

  public AgentDiagnostics getAgentDiagnostics() {
    return agentDiagnostics;
  }

  public void setAgentDiagnostics(AgentDiagnostics agentDiagnostics) {
    this.agentDiagnostics = agentDiagnostics;
  }

  public ObjectNode getTraces() {
    return traces;
  }

  public void setTraces(ObjectNode traces) {
    this.traces = traces;
  }

  public ObjectNode getMetrics() {
    return metrics;
  }

  public void setMetrics(ObjectNode metrics) {
    this.metrics = metrics;
  }

  public ObjectNode getLogs() {
    return logs;
  }

  public void setLogs(ObjectNode logs) {
    this.logs = logs;
  }

  /** How the agent's environment variables reach the process. */
  public enum EnvInjectionMethod {
    LOADER("loader"),
    POD_MANIFEST("pod-manifest");

    private final String wireName;

    EnvInjectionMethod(String wireName) {
      this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
      return wireName;
    }
  }

  /** Log levels of the agent's own logs. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AgentDiagnostics(
      @JsonPropertyDescription(
              "Level of the Odigos agent's own logs (startup, configuration, loading).")
          LogLevel odigosLogLevel,
      @JsonPropertyDescription(
              "Level of the OpenTelemetry components' logs; not collected when unset.")
          LogLevel openTelemetryComponentsLogLevel) {}

  /** Log level. */
  public enum LogLevel {
    ERROR("error"),
    WARN("warn"),
    INFO("info"),
    DEBUG("debug");

    private final String wireName;

    LogLevel(String wireName) {
      this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
      return wireName;
    }
  }
}
