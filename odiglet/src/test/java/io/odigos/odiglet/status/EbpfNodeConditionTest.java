package io.odigos.odiglet.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.odigos.odiglet.ebpf.GoEbpf;
import io.odigos.odiglet.ebpf.preflight.PreflightCheck;
import io.odigos.odiglet.ebpf.preflight.PreflightReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The node condition as a function of the preflight and of whether the instrumentation runs. */
class EbpfNodeConditionTest {
  private static PreflightReport report(String... failing) {
    List<PreflightCheck> checks = new ArrayList<>();
    for (String[] c :
        new String[][] {
          {"kernel", "6.18.0-odigos"},
          {"btf", "/sys/kernel/btf/vmlinux present"},
          {"uprobes", "uprobe PMU type 9"},
          {"lockdown", "none"},
          {"libbpf", "libbpf 1.1"},
          {"capabilities", "CAP_BPF CAP_PERFMON CAP_SYS_ADMIN"},
          {"probe-write-user", "CAP_SYS_ADMIN held"}
        }) {
      boolean ok = !List.of(failing).contains(c[0]);
      checks.add(new PreflightCheck(c[0], ok, ok ? c[1] : c[0] + " says no"));
    }
    return new PreflightReport(checks);
  }

  @Test
  void aRunningInstrumentationOnAFullyCapableNodeIsReady() {
    var c = EbpfNodeCondition.of(GoEbpf.State.RUNNING, true, "", report());
    assertThat(c.type()).isEqualTo("OdigosEbpfReady");
    assertThat(c.status()).isEqualTo("True");
    assertThat(c.reason()).isEqualTo(EbpfNodeCondition.USABLE);
    assertThat(c.message())
        .startsWith("eBPF usable, context propagation possible — kernel: 6.18.0-odigos; btf: ")
        .contains("lockdown: none", "libbpf: libbpf 1.1");
  }

  @Test
  void lockdownLeavesItReadyButSaysContextPropagationIsBlocked() {
    var c = EbpfNodeCondition.of(GoEbpf.State.RUNNING, true, "", report("lockdown"));
    assertThat(c.status()).isEqualTo("True");
    assertThat(c.reason()).isEqualTo(EbpfNodeCondition.PROPAGATION_BLOCKED);
    assertThat(c.message())
        .startsWith("eBPF usable, context propagation off (lockdown: lockdown says no)")
        .contains("lockdown [failed]: lockdown says no");
  }

  @Test
  void probesLoadedWithoutTheWriterStayBlockedAfterLockdownIsLiftedAndSaySo() {
    var c = EbpfNodeCondition.of(GoEbpf.State.RUNNING, false, "", report());
    assertThat(c.status()).isEqualTo("True");
    assertThat(c.reason()).isEqualTo(EbpfNodeCondition.PROPAGATION_BLOCKED);
    assertThat(c.message()).startsWith("context propagation became possible after the odiglet");
  }

  @Test
  void anUnusableNodeSaysWhichRequiredCheckFailed() {
    var c =
        EbpfNodeCondition.of(
            GoEbpf.State.UNUSABLE, false, "eBPF unusable: uprobes: ...", report("uprobes"));
    assertThat(c.status()).isEqualTo("False");
    assertThat(c.reason()).isEqualTo(EbpfNodeCondition.UNAVAILABLE);
    assertThat(c.message())
        .startsWith("eBPF unusable: uprobes: uprobes says no")
        .contains("uprobes [failed]");
    // a running instrumentation whose re-run preflight fails (e.g. capabilities dropped)
    assertThat(
            EbpfNodeCondition.of(GoEbpf.State.RUNNING, true, "", report("capabilities")).reason())
        .isEqualTo(EbpfNodeCondition.UNAVAILABLE);
    // judged unusable at start, usable now: still not running, and says how to fix it
    var later = EbpfNodeCondition.of(GoEbpf.State.UNUSABLE, false, "was unusable", report());
    assertThat(later.status()).isEqualTo("False");
    assertThat(later.message()).startsWith("eBPF became usable after the odiglet started");
  }

  @Test
  void switchedOffOrFailedToStartIsNotReadyWithTheLaunchsReason() {
    var off =
        EbpfNodeCondition.of(
            GoEbpf.State.DISABLED, false, GoEbpf.Launch.off(report()).problem(), report());
    assertThat(off.status()).isEqualTo("False");
    assertThat(off.reason()).isEqualTo(EbpfNodeCondition.DISABLED);
    assertThat(off.message()).startsWith("eBPF Go instrumentation is switched off on this node");
    var failed =
        EbpfNodeCondition.of(
            GoEbpf.State.START_FAILED,
            false,
            "the eBPF Go probes could not be loaded: EPERM",
            report());
    assertThat(failed.reason()).isEqualTo(EbpfNodeCondition.START_FAILED);
    assertThat(failed.message()).startsWith("the eBPF Go probes could not be loaded: EPERM — ");
  }

  @Test
  void aVeryLongMessageIsCut() {
    var c = EbpfNodeCondition.of(GoEbpf.State.START_FAILED, false, "x".repeat(5000), report());
    assertThat(c.message()).hasSize(EbpfNodeCondition.MAX_MESSAGE).endsWith("…");
  }

  @Test
  void thePatchTouchesOnlyItsOwnConditionAndSetsTheTransitionTimeOnlyWhenAsked() throws Exception {
    var c = EbpfNodeCondition.of(GoEbpf.State.RUNNING, true, "", report());
    Instant now = Instant.parse("2026-11-21T10:00:00.123Z");
    var json = new ObjectMapper().readTree(NodeConditionWriter.patch(c, true, now));
    assertThat(json.fieldNames()).toIterable().containsExactly("status");
    assertThat(json.get("status").fieldNames()).toIterable().containsExactly("conditions");
    var only = json.get("status").get("conditions");
    assertThat(only).hasSize(1);
    assertThat(only.get(0).get("type").asText()).isEqualTo("OdigosEbpfReady");
    assertThat(only.get(0).get("lastTransitionTime").asText()).isEqualTo("2026-11-21T10:00:00Z");
    var again = new ObjectMapper().readTree(NodeConditionWriter.patch(c, false, now));
    assertThat(again.get("status").get("conditions").get(0).has("lastTransitionTime")).isFalse();
    assertThat(again.get("status").get("conditions").get(0).get("lastHeartbeatTime").asText())
        .isEqualTo("2026-11-21T10:00:00Z");
  }
}
