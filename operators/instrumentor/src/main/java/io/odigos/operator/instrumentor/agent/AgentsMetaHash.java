package io.odigos.operator.instrumentor.agent;

import io.odigos.model.v1alpha1.ContainerAgentConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hash of what pods must be restarted for: which containers get which agent, with which
 * parameters and signals. Reasons and messages are left out, so rewording never restarts a
 * workload. Null when no container gets an agent (the model's "no agent at all").
 */
public final class AgentsMetaHash {
  private AgentsMetaHash() {}

  public static String of(List<ContainerAgentConfig> containers) {
    List<ContainerAgentConfig> enabled =
        containers.stream()
            .filter(c -> Boolean.TRUE.equals(c.getAgentEnabled()))
            .sorted(Comparator.comparing(ContainerAgentConfig::getContainerName))
            .toList();
    if (enabled.isEmpty()) {
      return null;
    }
    StringBuilder canonical = new StringBuilder();
    for (ContainerAgentConfig c : enabled) {
      Map<String, String> params =
          c.getDistroParams() == null ? Map.of() : new TreeMap<>(c.getDistroParams());
      canonical
          .append(c.getContainerName())
          .append('\u0000')
          .append(c.getOtelDistroName())
          .append('\u0000')
          .append(c.getEnvInjectionMethod() == null ? "" : c.getEnvInjectionMethod().wireName())
          .append('\u0000')
          .append(params)
          .append('\u0000')
          .append(c.getTraces() != null)
          .append(c.getMetrics() != null)
          .append(c.getLogs() != null)
          .append('\n');
    }
    return sha256(canonical.toString()).substring(0, 16);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
