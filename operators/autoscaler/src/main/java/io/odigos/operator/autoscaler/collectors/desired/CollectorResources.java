package io.odigos.operator.autoscaler.collectors.desired;

import io.odigos.model.v1alpha1.CollectorsGroupRole;
import io.odigos.model.v1alpha1.CollectorsGroupSpec.ResourcesSettings;

/**
 * A group's sizing with every value filled: what the scheduler wrote into the CollectorsGroup, and
 * the small-preset defaults for anything it left out.
 */
public record CollectorResources(
    int minReplicas,
    int maxReplicas,
    int memoryRequestMiB,
    int memoryLimitMiB,
    int cpuRequestMillicores,
    int cpuLimitMillicores,
    int memoryLimiterLimitMiB,
    int memoryLimiterSpikeLimitMiB,
    int gomemlimitMiB) {

  public static CollectorResources of(ResourcesSettings s, CollectorsGroupRole role) {
    boolean gateway = role == CollectorsGroupRole.CLUSTER_GATEWAY;
    ResourcesSettings r = s == null ? new ResourcesSettings() : s;
    int memLimit = or(r.getMemoryLimitMiB(), gateway ? 500 : 300);
    // memory_limiter refuses data before the container limit is reached, GOMEMLIMIT a bit earlier
    int limiter = or(r.getMemoryLimiterLimitMiB(), memLimit * 80 / 100);
    return new CollectorResources(
        or(r.getMinReplicas(), 1),
        or(r.getMaxReplicas(), 10),
        or(r.getMemoryRequestMiB(), gateway ? 500 : 256),
        memLimit,
        or(r.getCpuRequestMillicores(), gateway ? 500 : 250),
        or(r.getCpuLimitMillicores(), gateway ? 1000 : 500),
        limiter,
        or(r.getMemoryLimiterSpikeLimitMiB(), limiter * 20 / 100),
        or(r.getGomemlimitMiB(), limiter * 80 / 100));
  }

  private static int or(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
