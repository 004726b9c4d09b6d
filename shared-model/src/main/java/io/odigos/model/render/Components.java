package io.odigos.model.render;

import java.util.Map;

/** Component configs shared by the gateway and node collector renderers. */
final class Components {

  private Components() {}

  static Map<String, Object> otlpReceiver() {
    return Map.of(
        "protocols",
        new java.util.TreeMap<>(
            Map.of(
                "grpc", Map.of("endpoint", "0.0.0.0:4317"),
                "http", Map.of("endpoint", "0.0.0.0:4318"))));
  }

  static Map<String, Object> memoryLimiter(GatewaySettings settings) {
    return memoryLimiter(settings.memoryLimiterLimitMiB(), settings.memoryLimiterSpikeLimitMiB());
  }

  static Map<String, Object> memoryLimiter(int limitMiB, int spikeLimitMiB) {
    return new java.util.TreeMap<>(
        Map.of("check_interval", "1s", "limit_mib", limitMiB, "spike_limit_mib", spikeLimitMiB));
  }
}
