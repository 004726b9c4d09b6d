package io.odigos.odiglet.instance;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.odigos.model.v1alpha1.InstrumentationInstance;
import io.odigos.model.v1alpha1.InstrumentationInstanceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstancePlannerTest {
  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
  private static final Duration GRACE = Duration.ofSeconds(60);

  @Test
  void aNewAgentProcessGetsAnInstanceWaitingForItsFirstExport() {
    var changes = plan(List.of(seen(41, NOW, false)), List.of(), Set.of("uid-1"));
    assertThat(changes)
        .singleElement()
        .isInstanceOfSatisfying(
            InstanceChange.Create.class,
            c -> {
              assertThat(c.name()).isEqualTo("checkout-abc-41");
              assertThat(c.node()).isEqualTo("node-a");
              assertThat(c.health().healthy()).isNull();
              assertThat(c.health().reason()).isEqualTo(InstanceHealth.WAITING_FOR_FIRST_EXPORT);
            });
  }

  @Test
  void exportingMakesItHealthyAndSilenceAfterTheGraceMakesItUnhealthy() {
    var waiting = stored("checkout-abc-41", null, true, InstanceHealth.WAITING_FOR_FIRST_EXPORT);
    assertThat(
            plan(List.of(seen(41, NOW.minusSeconds(5), true)), List.of(waiting), Set.of("uid-1")))
        .singleElement()
        .isInstanceOfSatisfying(
            InstanceChange.SetHealth.class, h -> assertThat(h.health().healthy()).isTrue());
    assertThat(
            plan(List.of(seen(41, NOW.minusSeconds(61), false)), List.of(waiting), Set.of("uid-1")))
        .singleElement()
        .isInstanceOfSatisfying(
            InstanceChange.SetHealth.class,
            h -> assertThat(h.health().reason()).isEqualTo(InstanceHealth.NO_TELEMETRY));
  }

  @Test
  void aSteadyNodeWritesNothing() {
    var healthy = stored("checkout-abc-41", true, true, InstanceHealth.EXPORTING);
    assertThat(
            plan(List.of(seen(41, NOW.minusSeconds(600), true)), List.of(healthy), Set.of("uid-1")))
        .isEmpty();
  }

  @Test
  void aVanishedProcessIsMarkedExitedAndAGonePodTakesItsInstanceAway() {
    var healthy = stored("checkout-abc-41", true, true, InstanceHealth.EXPORTING);
    assertThat(plan(List.of(), List.of(healthy), Set.of("uid-1")))
        .singleElement()
        .isInstanceOfSatisfying(
            InstanceChange.SetHealth.class,
            h -> {
              assertThat(h.health().healthy()).isFalse();
              assertThat(h.health().running()).isFalse();
              assertThat(h.health().reason()).isEqualTo(InstanceHealth.PROCESS_EXITED);
            });
    var exited = stored("checkout-abc-41", false, false, InstanceHealth.PROCESS_EXITED);
    assertThat(plan(List.of(), List.of(exited), Set.of("uid-1"))).isEmpty();
    assertThat(plan(List.of(), List.of(exited), Set.of()))
        .containsExactly(new InstanceChange.Delete("shop", "checkout-abc-41"));
  }

  @Test
  void aProbedProcessShowsTheHealthItIsGivenAndItsInstanceGoesWhenItIsNoLongerProbed() {
    var unsupported =
        new InstanceHealth(false, true, "UnsupportedGoVersion", "go1.19.3 is older than go1.21");
    var observed = new InstancePlanner.Observed(seen(77, NOW, false), unsupported, "ebpf-go");
    assertThat(InstancePlanner.planHealth(List.of(observed), List.of(), Set.of("uid-1"), "node-a"))
        .singleElement()
        .isInstanceOfSatisfying(
            InstanceChange.Create.class,
            c -> {
              assertThat(c.probe()).isEqualTo("ebpf-go");
              assertThat(c.health()).isEqualTo(unsupported);
            });
    var stored = stored("checkout-abc-77", false, true, "UnsupportedGoVersion");
    stored.getMetadata().setLabels(Map.of(InstanceWriter.PROBE_LABEL, "ebpf-go"));
    assertThat(
            InstancePlanner.planHealth(
                List.of(observed), List.of(stored), Set.of("uid-1"), "node-a"))
        .as("unchanged health: nothing to write")
        .isEmpty();
    // the pod lives on, but the process is not probed any more: the instance goes (an agent's
    // would be marked exited)
    assertThat(InstancePlanner.planHealth(List.of(), List.of(stored), Set.of("uid-1"), "node-a"))
        .containsExactly(new InstanceChange.Delete("shop", "checkout-abc-77"));
  }

  @Test
  void longPodNamesStillMakeValidNames() {
    String pod = "p".repeat(253);
    var seen =
        new AgentObservation(
            "shop", pod, "uid-1", "app", 123456, "deployment-x", NOW, false, Map.of());
    assertThat(seen.instanceName()).hasSize(253).endsWith("-123456");
  }

  private static List<InstanceChange> plan(
      List<AgentObservation> seen, List<InstrumentationInstance> existing, Set<String> pods) {
    return InstancePlanner.plan(seen, existing, pods, "node-a", NOW, GRACE);
  }

  private static AgentObservation seen(int pid, Instant first, boolean exporting) {
    return new AgentObservation(
        "shop",
        "checkout-abc",
        "uid-1",
        "app",
        pid,
        "deployment-checkout",
        first,
        exporting,
        Map.of("service.name", "checkout"));
  }

  private static InstrumentationInstance stored(
      String name, Boolean healthy, boolean running, String reason) {
    InstrumentationInstance i = new InstrumentationInstance();
    i.setMetadata(
        new ObjectMetaBuilder()
            .withName(name)
            .withNamespace("shop")
            .addNewOwnerReference()
            .withKind("Pod")
            .withName("checkout-abc")
            .withUid("uid-1")
            .endOwnerReference()
            .build());
    InstrumentationInstanceStatus status = new InstrumentationInstanceStatus();
    status.setHealthy(healthy);
    status.setRunning(running);
    status.setReason(reason);
    i.setStatus(status);
    return i;
  }
}
