package io.odigos.operator.scheduler.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code collectorNode} section of the Odigos configuration: sizing of the node collector
 * DaemonSet and its node-level switches. A number left out (or 0) means "not set".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CollectorNodeConfiguration(
    Integer collectorOwnMetricsPort,
    Integer requestMemoryMiB,
    Integer limitMemoryMiB,
    @JsonProperty("requestCPUm") Integer requestCPUm,
    @JsonProperty("limitCPUm") Integer limitCPUm,
    Integer memoryLimiterLimitMiB,
    Integer memoryLimiterSpikeLimitMiB,
    @JsonProperty("goMemLimitMiB") Integer goMemLimitMiB,
    Boolean enableDataCompression,
    String k8sNodeLogsDirectory) {

  public static CollectorNodeConfiguration empty() {
    return new CollectorNodeConfiguration(
        null, null, null, null, null, null, null, null, null, null);
  }

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

  CollectorNodeConfiguration withSizing(ResourceSizes s) {
    return new CollectorNodeConfiguration(
        collectorOwnMetricsPort,
        s.requestMemoryMiB(),
        s.limitMemoryMiB(),
        s.requestCPUm(),
        s.limitCPUm(),
        s.memoryLimiterLimitMiB(),
        s.memoryLimiterSpikeLimitMiB(),
        s.goMemLimitMiB(),
        enableDataCompression,
        k8sNodeLogsDirectory);
  }
}
