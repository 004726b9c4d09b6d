package io.odigos.odiglet.ebpf.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The preflight on this machine, which runs the eBPF tests as root: every required check passes,
 * and the details are what the kernel files say.
 */
class NodePreflightIT {

  @Test
  void this_machine_can_run_ebpf_instrumentation() throws Exception {
    PreflightReport r = NodePreflight.system().run();
    r.checks().forEach(c -> System.out.println("preflight " + c));
    System.out.println("preflight summary: " + r.summary());

    assertThat(r.ebpfUsable()).as(r.summary()).isTrue();
    String release = Files.readString(Path.of("/proc/sys/kernel/osrelease")).strip();
    assertThat(r.check(NodePreflight.KERNEL).orElseThrow().detail()).isEqualTo(release);
    assertThat(r.check(NodePreflight.LIBBPF).orElseThrow().detail()).matches("libbpf 1\\.\\d+");
    assertThat(r.check(NodePreflight.BTF).orElseThrow().ok())
        .isEqualTo(Files.exists(Path.of("/sys/kernel/btf/vmlinux")));
    // the lockdown verdict agrees with the file (absent = none)
    Path lockdown = Path.of("/sys/kernel/security/lockdown");
    boolean locked = Files.exists(lockdown) && !Files.readString(lockdown).contains("[none]");
    assertThat(r.check(NodePreflight.LOCKDOWN).orElseThrow().ok()).isEqualTo(!locked);
    assertThat(r.contextPropagationPossible()).isEqualTo(!locked);
  }
}
