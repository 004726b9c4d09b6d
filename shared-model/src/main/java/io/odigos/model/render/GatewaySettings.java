package io.odigos.model.render;

/**
 * Gateway-wide knobs the renderer needs, taken from the gateway CollectorsGroup by the caller.
 *
 * @param odigosVersion written as the {@code odigos.version} resource attribute
 * @param memoryLimiterLimitMiB hard limit of the memory_limiter processor
 * @param memoryLimiterSpikeLimitMiB spike allowance of the memory_limiter processor
 * @param tailSamplingDecisionWait how long tail sampling buffers a trace (duration, e.g. 30s)
 * @param tailSamplingDisabled turns every sampling rule off
 */
public record GatewaySettings(
    String odigosVersion,
    int memoryLimiterLimitMiB,
    int memoryLimiterSpikeLimitMiB,
    String tailSamplingDecisionWait,
    boolean tailSamplingDisabled) {

  public static GatewaySettings defaults(String odigosVersion) {
    return new GatewaySettings(odigosVersion, 400, 80, "30s", false);
  }

  public GatewaySettings withTailSamplingDecisionWait(String wait) {
    return new GatewaySettings(
        odigosVersion,
        memoryLimiterLimitMiB,
        memoryLimiterSpikeLimitMiB,
        wait,
        tailSamplingDisabled);
  }
}
