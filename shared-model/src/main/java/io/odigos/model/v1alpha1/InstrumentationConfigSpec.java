package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.time.OffsetDateTime;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class InstrumentationConfigSpec {
  @JsonPropertyDescription(
      "Value of the service.name resource attribute for this workload's telemetry.")
  private String serviceName;

  @Required
  @JsonPropertyDescription("Whether agents are injected into this workload's pods.")
  private Boolean agentInjectionEnabled;

  @JsonPropertyDescription(
      "True if every container with an agent can get it without changing the pod manifest.")
  private Boolean podManifestInjectionOptional;

  @JsonPropertyDescription("Agent decision and settings per container.")
  private List<ContainerAgentConfig> containers;

  @JsonPropertyDescription(
      "Every container of the workload by name, with the Source's overrides where it has any.")
  private List<ContainerOverride> containersOverrides;

  @JsonPropertyDescription("Hash of the overrides; changes only when the overrides do.")
  private String containerOverridesHash;

  @JsonPropertyDescription(
      "Hash of everything that needs a rollout when it changes (distros and the like); no agent at all when empty.")
  private String agentsMetaHash;

  @JsonPropertyDescription("When agentsMetaHash last changed; older pods may not match it.")
  private OffsetDateTime agentsMetaHashChangedTime;

  @JsonPropertyDescription("SDK settings, one entry per language.")
  private List<SdkConfig> sdkConfigs;

  @JsonPropertyDescription("Collector-side settings per container.")
  private List<ContainerCollectorConfig> workloadCollectorConfig;

  public String getServiceName() {
    return serviceName;
  }

  public void setServiceName(String serviceName) {
    this.serviceName = serviceName;
  }

  public Boolean getAgentInjectionEnabled() {
    return agentInjectionEnabled;
  }

  public void setAgentInjectionEnabled(Boolean agentInjectionEnabled) {
    this.agentInjectionEnabled = agentInjectionEnabled;
  }

  public Boolean getPodManifestInjectionOptional() {
    return podManifestInjectionOptional;
  }

  public void setPodManifestInjectionOptional(Boolean podManifestInjectionOptional) {
    this.podManifestInjectionOptional = podManifestInjectionOptional;
  }

  public List<ContainerAgentConfig> getContainers() {
    return containers;
  }

  public void setContainers(List<ContainerAgentConfig> containers) {
    this.containers = containers;
  }

  public List<ContainerOverride> getContainersOverrides() {
    return containersOverrides;
  }

  public void setContainersOverrides(List<ContainerOverride> containersOverrides) {
    this.containersOverrides = containersOverrides;
  }

  public String getContainerOverridesHash() {
    return containerOverridesHash;
  }

  public void setContainerOverridesHash(String containerOverridesHash) {
    this.containerOverridesHash = containerOverridesHash;
  }

  public String getAgentsMetaHash() {
    return agentsMetaHash;
  }

  public void setAgentsMetaHash(String agentsMetaHash) {
    this.agentsMetaHash = agentsMetaHash;
  }

  public OffsetDateTime getAgentsMetaHashChangedTime() {
    return agentsMetaHashChangedTime;
  }

  public void setAgentsMetaHashChangedTime(OffsetDateTime agentsMetaHashChangedTime) {
    this.agentsMetaHashChangedTime = agentsMetaHashChangedTime;
  }

  public List<SdkConfig> getSdkConfigs() {
    return sdkConfigs;
  }

  public void setSdkConfigs(List<SdkConfig> sdkConfigs) {
    this.sdkConfigs = sdkConfigs;
  }

  public List<ContainerCollectorConfig> getWorkloadCollectorConfig() {
    return workloadCollectorConfig;
  }

  public void setWorkloadCollectorConfig(List<ContainerCollectorConfig> workloadCollectorConfig) {
    this.workloadCollectorConfig = workloadCollectorConfig;
  }

  /**
   * One container of the workload, with the distro and runtime details forced by the Source, if
   * any.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ContainerOverride(
      @Required String containerName,
      @JsonPropertyDescription("Runtime details to use instead of the detected ones.")
          RuntimeDetailsByContainer runtimeInfo,
      @JsonPropertyDescription("Distribution to use; must suit the container's language.")
          String otelDistroName) {}
}
