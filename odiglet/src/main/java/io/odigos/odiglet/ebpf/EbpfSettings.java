package io.odigos.odiglet.ebpf;

import java.time.Duration;
import java.util.Map;

/**
 * The eBPF Go instrumentation's settings, from the odiglet's environment.
 *
 * @param enabled {@code ODIGOS_EBPF} ({@code on} by default; {@code off} disables it)
 * @param otlpEndpoint the node collector's OTLP/HTTP receiver the spans are posted to ({@code
 *     /v1/traces} is added): {@code ODIGOS_EBPF_OTLP_ENDPOINT} ({@code host:port} or {@code
 *     http://host:port}), else {@code http://NODE_IP:4318}, else {@code http://127.0.0.1:4318}
 * @param flushInterval {@code ODIGOS_EBPF_FLUSH_MILLIS} (default 1000)
 */
public record EbpfSettings(boolean enabled, String otlpEndpoint, Duration flushInterval) {
  public static EbpfSettings fromEnvironment(Map<String, String> env) {
    boolean enabled = !"off".equalsIgnoreCase(env.getOrDefault("ODIGOS_EBPF", "on"));
    String endpoint = env.get("ODIGOS_EBPF_OTLP_ENDPOINT");
    if (endpoint == null || endpoint.isBlank()) {
      endpoint = "http://" + env.getOrDefault("NODE_IP", "127.0.0.1") + ":4318";
    } else if (!endpoint.contains("://")) {
      endpoint = "http://" + endpoint.strip();
    }
    long flush = Long.parseLong(env.getOrDefault("ODIGOS_EBPF_FLUSH_MILLIS", "1000"));
    return new EbpfSettings(enabled, endpoint.strip(), Duration.ofMillis(flush));
  }
}
