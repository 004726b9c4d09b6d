package io.odigos.odiglet.ebpf.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The effective capability set of a process ({@code CapEff} in {@code /proc/<pid>/status}) and what
 * it allows for eBPF: loading programs and attaching uprobes needs {@code CAP_BPF} + {@code
 * CAP_PERFMON} (kernel ≥ 5.8) or {@code CAP_SYS_ADMIN}; {@code bpf_probe_write_user} needs {@code
 * CAP_SYS_ADMIN} in every kernel.
 */
public record Capabilities(long effective) {
  public static final int CAP_SYS_ADMIN = 21;
  public static final int CAP_PERFMON = 38;
  public static final int CAP_BPF = 39;

  /** Parses the {@code CapEff:} line of a status file; empty when there is none. */
  public static Optional<Capabilities> parseStatus(String status) {
    if (status == null) {
      return Optional.empty();
    }
    for (String line : status.split("\n")) {
      if (line.startsWith("CapEff:")) {
        String hex = line.substring("CapEff:".length()).strip();
        if (hex.isEmpty() || hex.length() > 16 || !hex.matches("[0-9a-fA-F]+")) {
          return Optional.empty();
        }
        return Optional.of(new Capabilities(Long.parseUnsignedLong(hex, 16)));
      }
    }
    return Optional.empty();
  }

  public boolean has(int cap) {
    return cap >= 0 && cap < 64 && (effective & (1L << cap)) != 0;
  }

  /** Loading BPF programs and attaching uprobes. */
  public boolean canLoadAndAttach() {
    return has(CAP_SYS_ADMIN) || (has(CAP_BPF) && has(CAP_PERFMON));
  }

  /** {@code bpf_probe_write_user}. */
  public boolean canWriteUserMemory() {
    return has(CAP_SYS_ADMIN);
  }

  /** The eBPF-relevant capabilities held, e.g. {@code CAP_SYS_ADMIN CAP_BPF}. */
  public String describe() {
    List<String> names = new ArrayList<>();
    if (has(CAP_SYS_ADMIN)) {
      names.add("CAP_SYS_ADMIN");
    }
    if (has(CAP_BPF)) {
      names.add("CAP_BPF");
    }
    if (has(CAP_PERFMON)) {
      names.add("CAP_PERFMON");
    }
    return names.isEmpty()
        ? "none of CAP_SYS_ADMIN, CAP_BPF, CAP_PERFMON"
        : String.join(" ", names);
  }
}
