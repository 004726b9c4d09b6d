package io.odigos.model.render;

/**
 * Node-collector knobs the renderer needs, taken from the node CollectorsGroup by the caller.
 *
 * @param gatewayEndpoint host:port of the gateway Service's OTLP gRPC port
 * @param memoryLimiterLimitMiB hard limit of the memory_limiter processor
 * @param memoryLimiterSpikeLimitMiB spike allowance of the memory_limiter processor
 * @param compression whether to gzip what is sent to the gateway
 * @param podLogsDirectory where the node keeps pod logs ({@code /var/log/pods} on a kubelet)
 */
public record NodeCollectorSettings(
    String gatewayEndpoint,
    int memoryLimiterLimitMiB,
    int memoryLimiterSpikeLimitMiB,
    boolean compression,
    String podLogsDirectory) {

  public static NodeCollectorSettings defaults(String odigosNamespace) {
    return new NodeCollectorSettings(
        "odigos-gateway." + odigosNamespace + ":4317", 200, 40, false, "/var/log/pods");
  }
}
