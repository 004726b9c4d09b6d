package io.odigos.odiglet.instance;

import java.util.Objects;

/**
 * A process whose health the odiglet knows first-hand rather than from its exports: a Go process it
 * probes with eBPF is healthy when its probes are attached, and unhealthy with the reason when they
 * could not be (unsupported Go or library version, missing function, eBPF unavailable...).
 *
 * @param probe how the odiglet instruments it, e.g. {@code ebpf-go} (the instance's {@link
 *     InstanceWriter#PROBE_LABEL})
 */
public record KnownHealthProcess(AgentProcess process, InstanceHealth health, String probe) {
  public KnownHealthProcess {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(health, "health");
    if (probe == null || probe.isBlank()) {
      throw new IllegalArgumentException("probe must name how the odiglet instruments the process");
    }
  }
}
