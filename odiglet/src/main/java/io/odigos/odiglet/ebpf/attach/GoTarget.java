package io.odigos.odiglet.ebpf.attach;

import java.nio.file.Path;
import java.util.Map;

/**
 * A Go process that should be probed: its pid, a path to its executable the odiglet can open
 * ({@code /proc/<pid>/exe}) and the resource attributes of its workload (service.name, k8s.*).
 */
public record GoTarget(int pid, Path executable, Map<String, String> resourceAttributes) {
  public static GoTarget of(int pid, Map<String, String> resourceAttributes) {
    return new GoTarget(pid, Path.of("/proc", Integer.toString(pid), "exe"), resourceAttributes);
  }
}
