package io.odigos.model.render;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Node collector receivers and the spanmetrics connector. */
final class NodeReceivers {

  private NodeReceivers() {}

  static Map<String, Object> kubeletStats() {
    return new TreeMap<>(
        Map.of(
            "auth_type", "serviceAccount",
            "endpoint", "https://${env:NODE_NAME}:10250",
            "insecure_skip_verify", true,
            "collection_interval", "10s"));
  }

  static Map<String, Object> hostMetrics() {
    return new TreeMap<>(
        Map.of(
            "collection_interval",
            "10s",
            // the DaemonSet mounts the host's root read-only and says where in HOST_ROOT_PATH
            "root_path",
            "${env:HOST_ROOT_PATH}",
            "scrapers",
            new TreeMap<>(
                Map.of(
                    "cpu", Map.of(),
                    "memory", Map.of(),
                    "load", Map.of(),
                    "filesystem", Map.of(),
                    "network", Map.of()))));
  }

  static Map<String, Object> spanMetrics() {
    return new TreeMap<>(
        Map.of(
            "histogram",
            Map.of(
                "explicit",
                Map.of("buckets", List.of("10ms", "50ms", "100ms", "500ms", "1s", "5s"))),
            "metrics_flush_interval",
            "15s"));
  }

  /** One glob per instrumented workload: its pods are named after it. */
  static List<String> podLogGlobs(List<InstrumentedWorkload> workloads, NodeCollectorSettings s) {
    return workloads.stream()
        .map(w -> s.podLogsDirectory() + "/" + w.namespace() + "_" + w.name() + "-*_*/*/*.log")
        .distinct()
        .sorted()
        .toList();
  }

  static Map<String, Object> containerLogs(List<String> include) {
    return new TreeMap<>(
        Map.of(
            "include",
            include,
            "start_at",
            "end",
            "include_file_path",
            true,
            "operators",
            List.of(Map.of("type", "container", "id", "container-parser"))));
  }
}
