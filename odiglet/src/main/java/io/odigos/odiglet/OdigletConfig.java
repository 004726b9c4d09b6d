package io.odigos.odiglet;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The odiglet's settings, from its environment (the DaemonSet sets them; host mode sets {@code
 * ODIGOS_HOST_MODE=true}).
 *
 * @param node {@code NODE_NAME}; in host mode the machine's host name by default
 * @param hostMode no kubelet and no pods: processes are attributed by {@code ODIGOS_HOST_WORKLOAD}
 * @param procRoot {@code ODIGOS_PROC_ROOT} (default /proc; the DaemonSet runs with hostPID)
 * @param agentsDir {@code ODIGOS_AGENTS_DIR}: where processes see the agents (default /var/odigos)
 * @param scanInterval {@code ODIGOS_SCAN_INTERVAL_SECONDS} (default 5)
 * @param collectorPorts {@code ODIGOS_COLLECTOR_PORTS}: the node collector's OTLP ports
 * @param instanceGrace {@code ODIGOS_INSTANCE_GRACE_SECONDS}: how long an agent may take to export
 */
public record OdigletConfig(
    String node,
    boolean hostMode,
    Path procRoot,
    String agentsDir,
    Duration scanInterval,
    Set<Integer> collectorPorts,
    Duration instanceGrace) {

  public static OdigletConfig fromEnvironment(Map<String, String> env) {
    boolean hostMode = Boolean.parseBoolean(env.getOrDefault("ODIGOS_HOST_MODE", "false"));
    String node = env.get("NODE_NAME");
    if (node == null || node.isBlank()) {
      if (!hostMode) {
        throw new IllegalArgumentException(
            "NODE_NAME is not set: the DaemonSet must pass spec.nodeName through the downward API");
      }
      node = env.getOrDefault("HOSTNAME", "localhost");
    }
    return new OdigletConfig(
        node,
        hostMode,
        Path.of(env.getOrDefault("ODIGOS_PROC_ROOT", "/proc")),
        env.getOrDefault("ODIGOS_AGENTS_DIR", "/var/odigos"),
        Duration.ofSeconds(positive(env, "ODIGOS_SCAN_INTERVAL_SECONDS", 5)),
        ports(env.getOrDefault("ODIGOS_COLLECTOR_PORTS", "4317,4318")),
        Duration.ofSeconds(positive(env, "ODIGOS_INSTANCE_GRACE_SECONDS", 60)));
  }

  private static long positive(Map<String, String> env, String name, long fallback) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      long n = Long.parseLong(v.strip());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a positive whole number, not '" + v + "'");
  }

  private static Set<Integer> ports(String list) {
    try {
      return Arrays.stream(list.split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .map(Integer::valueOf)
          .collect(Collectors.toUnmodifiableSet());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "ODIGOS_COLLECTOR_PORTS must be a comma-separated list of ports, not '" + list + "'");
    }
  }
}
