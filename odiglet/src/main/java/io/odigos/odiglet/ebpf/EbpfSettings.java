package io.odigos.odiglet.ebpf;

import java.time.Duration;
import java.util.Map;

/**
 * The eBPF Go instrumentation's settings, from the odiglet's environment.
 *
 * @param enabled {@code ODIGOS_EBPF} ({@code on} by default; {@code off} disables it)
 * @param otlpEndpoint {@code ODIGOS_EBPF_OTLP_ENDPOINT}, else the node collector at {@code
 *     NODE_IP:4317}, else {@code 127.0.0.1:4317}
 * @param flushInterval {@code ODIGOS_EBPF_FLUSH_MILLIS} (default 1000)
 */
public record EbpfSettings(boolean enabled, String otlpEndpoint, Duration flushInterval) {
  public static EbpfSettings fromEnvironment(Map<String, String> env) {
    boolean enabled = !"off".equalsIgnoreCase(env.getOrDefault("ODIGOS_EBPF", "on"));
    String endpoint = env.get("ODIGOS_EBPF_OTLP_ENDPOINT");
    if (endpoint == null || endpoint.isBlank()) {
      endpoint = env.getOrDefault("NODE_IP", "127.0.0.1") + ":4317";
    }
    long flush = Long.parseLong(env.getOrDefault("ODIGOS_EBPF_FLUSH_MILLIS", "1000"));
    return new EbpfSettings(
        enabled, endpoint.replaceFirst("^https?://", ""), Duration.ofMillis(flush));
  }
}
