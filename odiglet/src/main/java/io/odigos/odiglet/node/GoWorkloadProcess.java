package io.odigos.odiglet.node;

import io.odigos.odiglet.ebpf.attach.GoTarget;

/**
 * A Go process the eBPF instrumentation should probe, with where it runs (for its
 * InstrumentationInstance) and the Go version the runtime inspection read ("" when unknown).
 */
public record GoWorkloadProcess(GoTarget target, Placement placement, String runtimeVersion) {
  public int pid() {
    return target.pid();
  }
}
