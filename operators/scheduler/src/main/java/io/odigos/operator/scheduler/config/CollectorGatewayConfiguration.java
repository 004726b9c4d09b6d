package io.odigos.operator.scheduler.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The {@code collectorGateway} section of the Odigos configuration: sizing of the cluster gateway
 * Deployment and a few gateway-wide switches. A number left out (or 0) means "not set": the size
 * preset decides.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CollectorGatewayConfiguration(
    Integer minReplicas,
    Integer maxReplicas,
    Integer requestMemoryMiB,
    Integer limitMemoryMiB,
    @JsonProperty("requestCPUm") Integer requestCPUm,
    @JsonProperty("limitCPUm") Integer limitCPUm,
    Integer memoryLimiterLimitMiB,
    Integer memoryLimiterSpikeLimitMiB,
    @JsonProperty("goMemLimitMiB") Integer goMemLimitMiB,
    Boolean clusterMetricsEnabled,
    String httpsProxyAddress,
    Map<String, String> nodeSelector,
    String deploymentName) {

  public static CollectorGatewayConfiguration empty() {
    return new CollectorGatewayConfiguration(
        null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The memory and CPU numbers of this section. */
  public ResourceSizes sizes() {
    return new ResourceSizes(
        requestMemoryMiB,
        limitMemoryMiB,
        requestCPUm,
        limitCPUm,
        memoryLimiterLimitMiB,
        memoryLimiterSpikeLimitMiB,
        goMemLimitMiB);
  }

  /** This section with its replicas and sizes replaced; the switches are kept. */
  CollectorGatewayConfiguration withSizing(int min, int max, ResourceSizes s) {
    return new CollectorGatewayConfiguration(
        min,
        max,
        s.requestMemoryMiB(),
        s.limitMemoryMiB(),
        s.requestCPUm(),
        s.limitCPUm(),
        s.memoryLimiterLimitMiB(),
        s.memoryLimiterSpikeLimitMiB(),
        s.goMemLimitMiB(),
        clusterMetricsEnabled,
        httpsProxyAddress,
        nodeSelector,
        deploymentName);
  }
}
