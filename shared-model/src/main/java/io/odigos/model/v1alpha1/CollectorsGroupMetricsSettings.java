package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * Metric collection settings of a CollectorsGroup, aggregated from the destinations and the global
 * configuration. A metric source that is present (even empty) is enabled for the group; an absent
 * one is off.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CollectorsGroupMetricsSettings {
  @JsonPropertyDescription(
      "Span-to-metrics in the node collector (request/error/duration metrics computed from spans).")
  private SpanMetricsSettings spanMetrics;

  @JsonPropertyDescription(
      "The hostmetrics receiver in the node collector (node cpu, memory, disk, network).")
  private HostMetricsSettings hostMetrics;

  @JsonPropertyDescription(
      "The kubeletstats receiver in the node collector (pod and node usage from the kubelet).")
  private KubeletStatsSettings kubeletStats;

  @JsonPropertyDescription("Service-to-service connectivity metrics computed in the gateway.")
  private ServiceGraphSettings serviceGraph;

  @JsonPropertyDescription("Metrics about Odigos itself and its pipeline.")
  private OdigosOwnMetricsSettings odigosOwnMetrics;

  @JsonPropertyDescription("Metrics pushed by the agents to the OTLP receiver.")
  private AgentsTelemetrySettings agentsTelemetry;

  public SpanMetricsSettings getSpanMetrics() {
    return spanMetrics;
  }

  public void setSpanMetrics(SpanMetricsSettings spanMetrics) {
    this.spanMetrics = spanMetrics;
  }

  public HostMetricsSettings getHostMetrics() {
    return hostMetrics;
  }

  public void setHostMetrics(HostMetricsSettings hostMetrics) {
    this.hostMetrics = hostMetrics;
  }

  public KubeletStatsSettings getKubeletStats() {
    return kubeletStats;
  }

  public void setKubeletStats(KubeletStatsSettings kubeletStats) {
    this.kubeletStats = kubeletStats;
  }

  public ServiceGraphSettings getServiceGraph() {
    return serviceGraph;
  }

  public void setServiceGraph(ServiceGraphSettings serviceGraph) {
    this.serviceGraph = serviceGraph;
  }

  public OdigosOwnMetricsSettings getOdigosOwnMetrics() {
    return odigosOwnMetrics;
  }

  public void setOdigosOwnMetrics(OdigosOwnMetricsSettings odigosOwnMetrics) {
    this.odigosOwnMetrics = odigosOwnMetrics;
  }

  public AgentsTelemetrySettings getAgentsTelemetry() {
    return agentsTelemetry;
  }

  public void setAgentsTelemetry(AgentsTelemetrySettings agentsTelemetry) {
    this.agentsTelemetry = agentsTelemetry;
  }

  /** Span-to-metrics settings. Durations are strings such as 15s or 1m. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class SpanMetricsSettings {
    @JsonPropertyDescription("Never compute span metrics, even if a destination asks for them.")
    private Boolean disabled;

    @JsonPropertyDescription("Flush interval; one minute when unset.")
    private String interval;

    @JsonPropertyDescription(
        "How long a series may stay silent before it is dropped; five minutes when unset.")
    private String metricsExpiration;

    @JsonPropertyDescription(
        "Extra low-cardinality span attributes to turn into metric dimensions.")
    private List<String> additionalDimensions;

    @JsonPropertyDescription("Skip the histogram metrics.")
    private Boolean histogramDisabled;

    @JsonPropertyDescription(
        "Explicit, ascending histogram bucket bounds as duration strings (1ms, 250ms, 2s...).")
    private List<String> histogramBuckets;

    @JsonPropertyDescription(
        "Include process-level resource attributes, giving one series per process instead of per container.")
    private Boolean includedProcessInDimensions;

    @JsonPropertyDescription("Resource attributes to leave out of span metrics.")
    private List<String> excludedResourceAttributes;

    @JsonPropertyDescription(
        "Advanced: resource attributes that make up a metric stream's identity.")
    private List<String> resourceMetricsKeyAttributes;

    public Boolean getDisabled() {
      return disabled;
    }

    public void setDisabled(Boolean disabled) {
      this.disabled = disabled;
    }

    public String getInterval() {
      return interval;
    }

    public void setInterval(String interval) {
      this.interval = interval;
    }

    public String getMetricsExpiration() {
      return metricsExpiration;
    }

    public void setMetricsExpiration(String metricsExpiration) {
      this.metricsExpiration = metricsExpiration;
    }

    public List<String> getAdditionalDimensions() {
      return additionalDimensions;
    }

    public void setAdditionalDimensions(List<String> additionalDimensions) {
      this.additionalDimensions = additionalDimensions;
    }

    public Boolean getHistogramDisabled() {
      return histogramDisabled;
    }

    public void setHistogramDisabled(Boolean histogramDisabled) {
      this.histogramDisabled = histogramDisabled;
    }

    public List<String> getHistogramBuckets() {
      return histogramBuckets;
    }

    public void setHistogramBuckets(List<String> histogramBuckets) {
      this.histogramBuckets = histogramBuckets;
    }

    public Boolean getIncludedProcessInDimensions() {
      return includedProcessInDimensions;
    }

    public void setIncludedProcessInDimensions(Boolean includedProcessInDimensions) {
      this.includedProcessInDimensions = includedProcessInDimensions;
    }

    public List<String> getExcludedResourceAttributes() {
      return excludedResourceAttributes;
    }

    public void setExcludedResourceAttributes(List<String> excludedResourceAttributes) {
      this.excludedResourceAttributes = excludedResourceAttributes;
    }

    public List<String> getResourceMetricsKeyAttributes() {
      return resourceMetricsKeyAttributes;
    }

    public void setResourceMetricsKeyAttributes(List<String> resourceMetricsKeyAttributes) {
      this.resourceMetricsKeyAttributes = resourceMetricsKeyAttributes;
    }
  }

  /** Host metrics settings. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record HostMetricsSettings(
      @JsonPropertyDescription("Never collect host metrics, even if a destination asks for them.")
          Boolean disabled,
      @JsonPropertyDescription("Scrape interval (duration string); 10s when unset.")
          String interval) {}

  /** Kubelet stats settings. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record KubeletStatsSettings(
      @JsonPropertyDescription("Never collect kubelet stats, even if a destination asks for them.")
          Boolean disabled,
      @JsonPropertyDescription("Scrape interval (duration string); 10s when unset.")
          String interval) {}

  /** Where Odigos sends the metrics about itself. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record OdigosOwnMetricsSettings(
      @JsonPropertyDescription("Send them to the metrics destinations.")
          Boolean sendToMetricsDestinations,
      @JsonPropertyDescription("Send them to the Odigos metrics store used by the UI.")
          Boolean sendToOdigosMetricsStore,
      @JsonPropertyDescription("Flush interval (duration string); 10s when unset.")
          String interval) {}

  /** Service graph settings; none yet, presence alone turns the feature on. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ServiceGraphSettings() {}

  /** Agent telemetry settings; none yet, presence alone turns the feature on. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AgentsTelemetrySettings() {}
}
