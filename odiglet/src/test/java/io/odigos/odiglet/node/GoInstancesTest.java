package io.odigos.odiglet.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.odiglet.ebpf.attach.GoAttachOutcome;
import io.odigos.odiglet.ebpf.attach.GoTarget;
import io.odigos.odiglet.inspect.WorkloadContainer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Go eBPF outcomes → the InstrumentationInstances they stand for. */
class GoInstancesTest {
  private static final WorkloadContainer GREETER =
      new WorkloadContainer("shop", "Deployment", "greeter", "app");

  private static GoWorkloadProcess inPod(int pid, String version) {
    return new GoWorkloadProcess(
        GoTarget.of(pid, Map.of("service.name", "greeter")),
        new Placement(
            GREETER, Optional.of(new Placement.PodIdentity("greeter-5d8f-abcde", "uid-1"))),
        version);
  }

  @Test
  void anAttachedProcessIsHealthyAndAnUnsupportedOneSaysWhy() {
    var out =
        GoInstances.of(
            List.of(inPod(10, "go1.23.4"), inPod(11, "1.19.3")),
            Map.of(
                10,
                new GoAttachOutcome.Attached(9, "HTTP server, HTTP client", ""),
                11,
                new GoAttachOutcome.Unsupported(
                    GoAttachOutcome.Cause.UNSUPPORTED_GO_VERSION,
                    "go1.19.3 is older than go1.21, the oldest Go the probes support")),
            pid -> pid * 100L);
    assertThat(out).hasSize(2);
    var attached = out.get(0);
    assertThat(attached.probe()).isEqualTo("ebpf-go");
    assertThat(attached.health().healthy()).isTrue();
    assertThat(attached.health().running()).isTrue();
    assertThat(attached.health().reason()).isEqualTo("EbpfProbesAttached");
    assertThat(attached.health().message()).contains("HTTP server, HTTP client; 9 uprobes");
    assertThat(attached.process().podName()).isEqualTo("greeter-5d8f-abcde");
    assertThat(attached.process().podUid()).isEqualTo("uid-1");
    assertThat(attached.process().instrumentationConfig()).isEqualTo("deployment-greeter");
    assertThat(attached.process().startTicks()).isEqualTo(1000L);
    assertThat(attached.process().identifyingAttributes())
        .containsEntry("process.pid", "10")
        .containsEntry("process.runtime.version", "go1.23.4")
        .containsEntry("telemetry.sdk.language", "go")
        .containsEntry("telemetry.distro.name", "odigos-ebpf-go")
        .containsEntry("service.name", "greeter")
        .containsEntry("k8s.pod.name", "greeter-5d8f-abcde");
    var refused = out.get(1);
    assertThat(refused.health().healthy()).isFalse();
    assertThat(refused.health().reason()).isEqualTo("UnsupportedGoVersion");
    assertThat(refused.health().message()).startsWith("go1.19.3 is older than go1.21");
    assertThat(refused.process().identifyingAttributes())
        .containsEntry("process.runtime.version", "go1.19.3");
  }

  @Test
  void processesWithoutAPodOrWithoutAnOutcomeAreNotReported() {
    var hostMode =
        new GoWorkloadProcess(
            GoTarget.of(12, Map.of()), new Placement(GREETER, Optional.empty()), "");
    var out =
        GoInstances.of(
            List.of(hostMode, inPod(13, "")),
            Map.of(12, new GoAttachOutcome.Failed("EPERM")),
            pid -> 0L);
    assertThat(out).isEmpty();
  }

  @Test
  void eBpfUnavailableOnTheNodeIsAnUnhealthyInstanceWithTheNodesReason() {
    var out =
        GoInstances.of(
            List.of(inPod(14, "")),
            Map.of(14, new GoAttachOutcome.Unavailable("eBPF unusable: uprobes: no uprobe PMU")),
            pid -> 0L);
    assertThat(out)
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.health().healthy()).isFalse();
              assertThat(k.health().reason()).isEqualTo("EbpfUnavailable");
              assertThat(k.health().message()).isEqualTo("eBPF unusable: uprobes: no uprobe PMU");
              assertThat(k.process().identifyingAttributes())
                  .doesNotContainKey("process.runtime.version");
            });
  }
}
