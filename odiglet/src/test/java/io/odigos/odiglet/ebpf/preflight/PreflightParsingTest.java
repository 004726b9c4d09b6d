package io.odigos.odiglet.ebpf.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PreflightParsingTest {

  @Test
  void kernel_release() {
    assertThat(KernelVersion.parse("6.18.44-fc-v657\n")).contains(new KernelVersion(6, 18, 44));
    assertThat(KernelVersion.parse("5.8.0-63-generic")).contains(new KernelVersion(5, 8, 0));
    assertThat(KernelVersion.parse("5.4")).contains(new KernelVersion(5, 4, 0));
    assertThat(KernelVersion.parse("linux")).isEmpty();
    assertThat(KernelVersion.parse(null)).isEmpty();
    assertThat(new KernelVersion(5, 8, 0).atLeast(5, 8)).isTrue();
    assertThat(new KernelVersion(5, 7, 19).atLeast(5, 8)).isFalse();
    assertThat(new KernelVersion(4, 19, 300).atLeast(5, 8)).isFalse();
    assertThat(new KernelVersion(6, 0, 0).atLeast(5, 8)).isTrue();
  }

  @Test
  void lockdown_mode_is_the_bracketed_word() {
    assertThat(Lockdown.parse("[none] integrity confidentiality\n")).contains(Lockdown.NONE);
    assertThat(Lockdown.parse("none [integrity] confidentiality\n")).contains(Lockdown.INTEGRITY);
    assertThat(Lockdown.parse("none integrity [confidentiality]\n"))
        .contains(Lockdown.CONFIDENTIALITY);
    assertThat(Lockdown.parse(null)).contains(Lockdown.NONE);
    assertThat(Lockdown.parse("garbage")).isEmpty();
    assertThat(Lockdown.INTEGRITY.blocksProbeWriteUser()).isTrue();
    assertThat(Lockdown.NONE.blocksProbeWriteUser()).isFalse();
  }

  @Test
  void capabilities_from_status() {
    String root = "Name:\tjava\nCapInh:\t0000000000000000\nCapEff:\t000001fffeffffff\nCapBnd:\t0\n";
    Capabilities all = Capabilities.parseStatus(root).orElseThrow();
    assertThat(all.canLoadAndAttach()).isTrue();
    assertThat(all.canWriteUserMemory()).isTrue();

    // CAP_BPF (39) + CAP_PERFMON (38) only: 0xc0_0000_0000
    Capabilities bpfOnly = Capabilities.parseStatus("CapEff:\t000000c000000000\n").orElseThrow();
    assertThat(bpfOnly.canLoadAndAttach()).isTrue();
    assertThat(bpfOnly.canWriteUserMemory()).isFalse();
    assertThat(bpfOnly.describe()).isEqualTo("CAP_BPF CAP_PERFMON");

    // CAP_BPF without CAP_PERFMON cannot attach uprobes
    assertThat(
            Capabilities.parseStatus("CapEff:\t0000008000000000").orElseThrow().canLoadAndAttach())
        .isFalse();
    assertThat(Capabilities.parseStatus("CapEff:\t0000000000000000").orElseThrow().describe())
        .startsWith("none of");
    assertThat(Capabilities.parseStatus("Name:\tx\n")).isEmpty();
    assertThat(Capabilities.parseStatus("CapEff:\tzz")).isEmpty();
    assertThat(Capabilities.parseStatus("CapEff:\t1234567890abcdef01")).isEmpty();
  }

  @Test
  void check_details() {
    assertThat(NodePreflight.kernel(Optional.of("5.4.0-100-generic\n")).ok()).isFalse();
    assertThat(NodePreflight.kernel(Optional.of("5.4.0-100-generic\n")).detail())
        .contains("older than 5.8");
    assertThat(NodePreflight.uprobes(Optional.of("7\n")).detail()).isEqualTo("uprobe PMU type 7");
    assertThat(NodePreflight.uprobes(Optional.empty()).ok()).isFalse();
    assertThat(NodePreflight.lockdown(Optional.empty()).ok()).isTrue();
    assertThat(NodePreflight.lockdown(Optional.of("none integrity [confidentiality]")).detail())
        .startsWith("confidentiality: bpf_probe_write_user is forbidden");
  }
}
