package io.odigos.operator.scheduler.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The Odigos configuration document ({@code config.yaml} of the ConfigMaps {@code
 * odigos-configuration} and {@code effective-config}), with upstream Odigos key names. Only what
 * the scheduler reads or resolves is modelled; other keys pass through {@link ConfigYaml}
 * untouched. Unset values are {@code null}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OdigosConfiguration(
    Integer configVersion,
    Boolean telemetryEnabled,
    Boolean openshiftEnabled,
    List<String> ignoredNamespaces,
    List<String> ignoredContainers,
    Boolean ignoreOdigosNamespace,
    CollectorGatewayConfiguration collectorGateway,
    CollectorNodeConfiguration collectorNode,
    List<String> profiles,
    String resourceSizePreset,
    String sizingConfig,
    Boolean allowConcurrentAgents,
    String mountMethod,
    String agentEnvVarsInjectionMethod,
    Boolean avoidInjectingJavaOptsEnvVar,
    String clusterName) {

  public static OdigosConfiguration empty() {
    return new Builder().build();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Mutable copy used while profiles and defaults are applied. */
  public static final class Builder {
    private Integer configVersion;
    private Boolean telemetryEnabled;
    private Boolean openshiftEnabled;
    private List<String> ignoredNamespaces;
    private List<String> ignoredContainers;
    private Boolean ignoreOdigosNamespace;
    private CollectorGatewayConfiguration collectorGateway;
    private CollectorNodeConfiguration collectorNode;
    private List<String> profiles;
    private String resourceSizePreset;
    private String sizingConfig;
    private Boolean allowConcurrentAgents;
    private String mountMethod;
    private String agentEnvVarsInjectionMethod;
    private Boolean avoidInjectingJavaOptsEnvVar;
    private String clusterName;

    public Builder() {}

    private Builder(OdigosConfiguration c) {
      configVersion = c.configVersion;
      telemetryEnabled = c.telemetryEnabled;
      openshiftEnabled = c.openshiftEnabled;
      ignoredNamespaces = c.ignoredNamespaces;
      ignoredContainers = c.ignoredContainers;
      ignoreOdigosNamespace = c.ignoreOdigosNamespace;
      collectorGateway = c.collectorGateway;
      collectorNode = c.collectorNode;
      profiles = c.profiles;
      resourceSizePreset = c.resourceSizePreset;
      sizingConfig = c.sizingConfig;
      allowConcurrentAgents = c.allowConcurrentAgents;
      mountMethod = c.mountMethod;
      agentEnvVarsInjectionMethod = c.agentEnvVarsInjectionMethod;
      avoidInjectingJavaOptsEnvVar = c.avoidInjectingJavaOptsEnvVar;
      clusterName = c.clusterName;
    }

    public Builder configVersion(Integer value) {
      configVersion = value;
      return this;
    }

    public Builder telemetryEnabled(Boolean value) {
      telemetryEnabled = value;
      return this;
    }

    public Builder openshiftEnabled(Boolean value) {
      openshiftEnabled = value;
      return this;
    }

    public Builder ignoreOdigosNamespace(Boolean value) {
      ignoreOdigosNamespace = value;
      return this;
    }

    public Builder sizingConfig(String value) {
      sizingConfig = value;
      return this;
    }

    public Builder clusterName(String value) {
      clusterName = value;
      return this;
    }

    public Builder ignoredNamespaces(List<String> value) {
      ignoredNamespaces = value;
      return this;
    }

    public Builder ignoredContainers(List<String> value) {
      ignoredContainers = value;
      return this;
    }

    public Builder collectorGateway(CollectorGatewayConfiguration value) {
      collectorGateway = value;
      return this;
    }

    public Builder collectorNode(CollectorNodeConfiguration value) {
      collectorNode = value;
      return this;
    }

    public Builder profiles(List<String> value) {
      profiles = value;
      return this;
    }

    public Builder resourceSizePreset(String value) {
      resourceSizePreset = value;
      return this;
    }

    public Builder allowConcurrentAgents(Boolean value) {
      allowConcurrentAgents = value;
      return this;
    }

    public Builder mountMethod(String value) {
      mountMethod = value;
      return this;
    }

    public Builder agentEnvVarsInjectionMethod(String value) {
      agentEnvVarsInjectionMethod = value;
      return this;
    }

    public Builder avoidInjectingJavaOptsEnvVar(Boolean value) {
      avoidInjectingJavaOptsEnvVar = value;
      return this;
    }

    Boolean allowConcurrentAgents() {
      return allowConcurrentAgents;
    }

    String mountMethod() {
      return mountMethod;
    }

    String agentEnvVarsInjectionMethod() {
      return agentEnvVarsInjectionMethod;
    }

    Boolean avoidInjectingJavaOptsEnvVar() {
      return avoidInjectingJavaOptsEnvVar;
    }

    public OdigosConfiguration build() {
      return new OdigosConfiguration(
          configVersion,
          telemetryEnabled,
          openshiftEnabled,
          ignoredNamespaces,
          ignoredContainers,
          ignoreOdigosNamespace,
          collectorGateway,
          collectorNode,
          profiles,
          resourceSizePreset,
          sizingConfig,
          allowConcurrentAgents,
          mountMethod,
          agentEnvVarsInjectionMethod,
          avoidInjectingJavaOptsEnvVar,
          clusterName);
    }
  }
}
