package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Map;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class CollectorsGroupSpec {
  @Required private CollectorsGroupRole role;

  @Required
  @JsonPropertyDescription(
      "Port of the collector's own Prometheus metrics endpoint; lets host-network collectors avoid port clashes.")
  private Integer collectorOwnMetricsPort;

  @JsonPropertyDescription(
      "Extra host directory mounted into node collectors for logs, for nodes where /var/log is a symlink.")
  private String k8sNodeLogsDirectory;

  @Required
  @JsonPropertyDescription("Memory and CPU settings of the collector pods.")
  private ResourcesSettings resourcesSettings;

  @JsonPropertyDescription("Turns the service graph off (it is on when unset).")
  private Boolean serviceGraphDisabled;

  @JsonPropertyDescription(
      "Deprecated in favour of otlpExporterConfiguration: compresses data sent to the gateway.")
  private Boolean enableDataCompression;

  @JsonPropertyDescription("Turns cluster metrics collection on.")
  private Boolean clusterMetricsEnabled;

  @JsonPropertyDescription(
      "HTTPS proxy used by exporters that send over HTTPS; no proxy when unset or empty.")
  private String httpsProxyAddress;

  @JsonPropertyDescription(
      "Metric collection settings derived from the destinations and global configuration; unset when metrics are off.")
  private CollectorsGroupMetricsSettings metrics;

  @JsonPropertyDescription("OTLP exporter settings for the node collector to gateway hop.")
  private OtlpExporterConfiguration otlpExporterConfiguration;

  @JsonPropertyDescription("Name of the gateway Deployment (cluster gateway only).")
  private String deploymentName;

  @JsonPropertyDescription(
      "Node labels the collector pods must be scheduled on (a hard requirement).")
  private Map<String, String> nodeSelector;

  @JsonPropertyDescription(
      "Sampling settings copied from the Odigos configuration (cluster gateway only).")
  private SamplingSettings sampling;

  public CollectorsGroupRole getRole() {
    return role;
  }

  public void setRole(CollectorsGroupRole role) {
    this.role = role;
  }

  public Integer getCollectorOwnMetricsPort() {
    return collectorOwnMetricsPort;
  }

  public void setCollectorOwnMetricsPort(Integer collectorOwnMetricsPort) {
    this.collectorOwnMetricsPort = collectorOwnMetricsPort;
  }

  public String getK8sNodeLogsDirectory() {
    return k8sNodeLogsDirectory;
  }

  public void setK8sNodeLogsDirectory(String k8sNodeLogsDirectory) {
    this.k8sNodeLogsDirectory = k8sNodeLogsDirectory;
  }

  public ResourcesSettings getResourcesSettings() {
    return resourcesSettings;
  }

  public void setResourcesSettings(ResourcesSettings resourcesSettings) {
    this.resourcesSettings = resourcesSettings;
  }

  public Boolean getServiceGraphDisabled() {
    return serviceGraphDisabled;
  }

  public void setServiceGraphDisabled(Boolean serviceGraphDisabled) {
    this.serviceGraphDisabled = serviceGraphDisabled;
  }

  public Boolean getEnableDataCompression() {
    return enableDataCompression;
  }

  public void setEnableDataCompression(Boolean enableDataCompression) {
    this.enableDataCompression = enableDataCompression;
  }

  public Boolean getClusterMetricsEnabled() {
    return clusterMetricsEnabled;
  }

  public void setClusterMetricsEnabled(Boolean clusterMetricsEnabled) {
    this.clusterMetricsEnabled = clusterMetricsEnabled;
  }

  public String getHttpsProxyAddress() {
    return httpsProxyAddress;
  }

  public void setHttpsProxyAddress(String httpsProxyAddress) {
    this.httpsProxyAddress = httpsProxyAddress;
  }

  public CollectorsGroupMetricsSettings getMetrics() {
    return metrics;
  }

  public void setMetrics(CollectorsGroupMetricsSettings metrics) {
    this.metrics = metrics;
  }

  public OtlpExporterConfiguration getOtlpExporterConfiguration() {
    return otlpExporterConfiguration;
  }

  public void setOtlpExporterConfiguration(OtlpExporterConfiguration otlpExporterConfiguration) {
    this.otlpExporterConfiguration = otlpExporterConfiguration;
  }

  public String getDeploymentName() {
    return deploymentName;
  }

  public void setDeploymentName(String deploymentName) {
    this.deploymentName = deploymentName;
  }

  public Map<String, String> getNodeSelector() {
    return nodeSelector;
  }

  public void setNodeSelector(Map<String, String> nodeSelector) {
    this.nodeSelector = nodeSelector;
  }

  public SamplingSettings getSampling() {
    return sampling;
  }

  public void setSampling(SamplingSettings sampling) {
    this.sampling = sampling;
  }

  /**
   * Raw resource values of the collector pods, used as given (defaults and validation happen in the
   * controller that writes this resource).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class ResourcesSettings {
    @JsonPropertyDescription("Minimum number of replicas (gateway only).")
    private Integer minReplicas;

    @JsonPropertyDescription("Maximum number of replicas (gateway only).")
    private Integer maxReplicas;

    @Required
    @JsonPropertyDescription("Memory request of the collector container, in MiB.")
    private Integer memoryRequestMiB;

    @Required
    @JsonPropertyDescription("Memory limit of the collector container, in MiB.")
    private Integer memoryLimitMiB;

    @Required
    @JsonPropertyDescription("CPU request of the collector container, in millicores.")
    private Integer cpuRequestMillicores;

    @Required
    @JsonPropertyDescription("CPU limit of the collector container, in millicores.")
    private Integer cpuLimitMillicores;

    @Required
    @JsonPropertyDescription(
        "Hard limit (limit_mib) of the collector's memory_limiter processor, in MiB.")
    private Integer memoryLimiterLimitMiB;

    @Required
    @JsonPropertyDescription(
        "Gap between the memory_limiter hard and soft limits (spike_limit_mib), in MiB.")
    private Integer memoryLimiterSpikeLimitMiB;

    @Required
    @JsonPropertyDescription("GOMEMLIMIT of the collector process, in MiB.")
    private Integer gomemlimitMiB;

    public Integer getMinReplicas() {
      return minReplicas;
    }

    public void setMinReplicas(Integer minReplicas) {
      this.minReplicas = minReplicas;
    }

    public Integer getMaxReplicas() {
      return maxReplicas;
    }

    public void setMaxReplicas(Integer maxReplicas) {
      this.maxReplicas = maxReplicas;
    }

    public Integer getMemoryRequestMiB() {
      return memoryRequestMiB;
    }

    public void setMemoryRequestMiB(Integer memoryRequestMiB) {
      this.memoryRequestMiB = memoryRequestMiB;
    }

    public Integer getMemoryLimitMiB() {
      return memoryLimitMiB;
    }

    public void setMemoryLimitMiB(Integer memoryLimitMiB) {
      this.memoryLimitMiB = memoryLimitMiB;
    }

    public Integer getCpuRequestMillicores() {
      return cpuRequestMillicores;
    }

    public void setCpuRequestMillicores(Integer cpuRequestMillicores) {
      this.cpuRequestMillicores = cpuRequestMillicores;
    }

    public Integer getCpuLimitMillicores() {
      return cpuLimitMillicores;
    }

    public void setCpuLimitMillicores(Integer cpuLimitMillicores) {
      this.cpuLimitMillicores = cpuLimitMillicores;
    }

    public Integer getMemoryLimiterLimitMiB() {
      return memoryLimiterLimitMiB;
    }

    public void setMemoryLimiterLimitMiB(Integer memoryLimiterLimitMiB) {
      this.memoryLimiterLimitMiB = memoryLimiterLimitMiB;
    }

    public Integer getMemoryLimiterSpikeLimitMiB() {
      return memoryLimiterSpikeLimitMiB;
    }

    public void setMemoryLimiterSpikeLimitMiB(Integer memoryLimiterSpikeLimitMiB) {
      this.memoryLimiterSpikeLimitMiB = memoryLimiterSpikeLimitMiB;
    }

    public Integer getGomemlimitMiB() {
      return gomemlimitMiB;
    }

    public void setGomemlimitMiB(Integer gomemlimitMiB) {
      this.gomemlimitMiB = gomemlimitMiB;
    }
  }

  /**
   * OTLP exporter settings (compression, timeout, retries) for data sent from node collectors to
   * the gateway.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record OtlpExporterConfiguration(
      Boolean enableDataCompression,
      @JsonPropertyDescription("Export timeout as a duration string (e.g. 10s).") String timeout,
      RetryOnFailure retryOnFailure) {}

  /** Exporter retry behaviour; intervals are duration strings. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RetryOnFailure(
      Boolean enabled, String initialInterval, String maxInterval, String maxElapsedTime) {}

  /** Sampling settings the gateway needs, copied from the Odigos configuration. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SamplingSettings(
      @JsonPropertyDescription("Tail sampling in the gateway.") TailSampling tailSampling,
      @JsonPropertyDescription("Automatic detection and dropping of kubelet health-probe traces.")
          K8sHealthProbesSampling k8sHealthProbesSampling) {}

  /** Global tail-sampling switches. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TailSampling(
      @JsonPropertyDescription("Turns tail sampling off regardless of any sampling rule.")
          Boolean disabled,
      @JsonPropertyDescription(
              "How long to wait after a trace's first span before deciding (duration string).")
          String traceAggregationWaitDuration) {}

  /** Sampling of kubelet liveness/readiness probe traces. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record K8sHealthProbesSampling(
      @JsonPropertyDescription("Detect health-probe traces and sample them out.") Boolean enabled,
      @JsonPropertyDescription("Percentage (0-100) of health-probe traces to keep; 0 when unset.")
          Double keepPercentage) {}
}
