package io.odigos.odiglet.ebpf.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.odiglet.ebpf.libbpf.LibbpfException;
import io.odigos.odiglet.ebpf.libbpf.LibbpfVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preflight over a directory of sample kernel files (the root is a parameter). */
class NodePreflightTest {
  static final String ROOT_CAPS = "Name:\tjava\nCapEff:\t000001ffffffffff\n";

  @TempDir Path root;

  private void write(String relative, String content) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private void healthyNode() throws IOException {
    write("proc/sys/kernel/osrelease", "6.1.0-27-amd64\n");
    write("sys/kernel/btf/vmlinux", "BTF");
    write("sys/bus/event_source/devices/uprobe/type", "8\n");
    write("sys/kernel/security/lockdown", "[none] integrity confidentiality\n");
    write("proc/self/status", ROOT_CAPS);
  }

  private PreflightReport run(LibbpfVersion v) {
    return new NodePreflight(root, () -> v).run();
  }

  @Test
  void healthy_node_allows_everything() throws IOException {
    healthyNode();
    PreflightReport r = run(new LibbpfVersion(1, 1));
    assertThat(r.checks()).allMatch(PreflightCheck::ok);
    assertThat(r.checks())
        .extracting(PreflightCheck::name)
        .containsExactly(
            "kernel", "btf", "uprobes", "lockdown", "libbpf", "capabilities", "probe-write-user");
    assertThat(r.ebpfUsable()).isTrue();
    assertThat(r.contextPropagationPossible()).isTrue();
    assertThat(r.summary()).isEqualTo("eBPF usable, context propagation possible");
    assertThat(r.check("kernel").orElseThrow().detail()).isEqualTo("6.1.0-27-amd64");
  }

  @Test
  void lockdown_turns_off_context_propagation_only() throws IOException {
    healthyNode();
    write("sys/kernel/security/lockdown", "none [integrity] confidentiality\n");
    PreflightReport r = run(new LibbpfVersion(1, 1));
    assertThat(r.ebpfUsable()).isTrue();
    assertThat(r.contextPropagationPossible()).isFalse();
    assertThat(r.summary())
        .startsWith("eBPF usable, context propagation off (lockdown: integrity: ");
  }

  @Test
  void absent_lockdown_file_means_none() throws IOException {
    healthyNode();
    Files.delete(root.resolve("sys/kernel/security/lockdown"));
    PreflightReport r = run(new LibbpfVersion(1, 3));
    assertThat(r.check("lockdown").orElseThrow().ok()).isTrue();
    assertThat(r.contextPropagationPossible()).isTrue();
  }

  @Test
  void bpf_and_perfmon_without_sys_admin_instrument_but_cannot_propagate() throws IOException {
    healthyNode();
    write("proc/self/status", "CapEff:\t000000c000000000\n");
    PreflightReport r = run(new LibbpfVersion(1, 1));
    assertThat(r.ebpfUsable()).isTrue();
    assertThat(r.contextPropagationPossible()).isFalse();
    assertThat(r.summary()).contains("probe-write-user: bpf_probe_write_user needs CAP_SYS_ADMIN");
  }

  @Test
  void old_kernel_without_uprobes_and_no_caps_is_unusable_and_says_why() throws IOException {
    healthyNode();
    write("proc/sys/kernel/osrelease", "5.4.0-1-generic\n");
    Files.delete(root.resolve("sys/bus/event_source/devices/uprobe/type"));
    Files.delete(root.resolve("sys/kernel/btf/vmlinux"));
    write("proc/self/status", "CapEff:\t0000000000000000\n");
    PreflightReport r = run(new LibbpfVersion(1, 1));
    assertThat(r.ebpfUsable()).isFalse();
    assertThat(r.contextPropagationPossible()).isFalse();
    assertThat(r.check("btf").orElseThrow().ok()).isFalse();
    assertThat(r.summary())
        .startsWith("eBPF unusable: kernel: 5.4.0-1-generic: older than 5.8")
        .contains("uprobes: no uprobe PMU")
        .contains("capabilities: none of CAP_SYS_ADMIN, CAP_BPF, CAP_PERFMON");
  }

  @Test
  void missing_or_old_libbpf_is_a_failed_check_not_an_exception() throws IOException {
    healthyNode();
    PreflightReport old = run(new LibbpfVersion(1, 0));
    assertThat(old.ebpfUsable()).isFalse();
    assertThat(old.check("libbpf").orElseThrow().detail())
        .isEqualTo("libbpf 1.0: 1.1 or newer is required");

    PreflightReport missing =
        new NodePreflight(
                root,
                () -> {
                  throw new LibbpfException("loading libbpf.so.1", 0, "libbpf.so.1 not found");
                })
            .run();
    assertThat(missing.ebpfUsable()).isFalse();
    assertThat(missing.summary())
        .contains("libbpf: loading libbpf.so.1 failed: libbpf.so.1 not found");
  }

  @Test
  void empty_root_fails_every_required_check() {
    PreflightReport r = run(new LibbpfVersion(1, 1));
    assertThat(r.ebpfUsable()).isFalse();
    assertThat(r.check("kernel").orElseThrow().detail())
        .isEqualTo("cannot read /proc/sys/kernel/osrelease");
    assertThat(r.check("capabilities").orElseThrow().ok()).isFalse();
  }
}
