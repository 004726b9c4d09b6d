package io.odigos.operator.instrumentor.rollout;

import static io.odigos.operator.instrumentor.rollout.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrashLoopsTest {
  private static final Instant CHANGED = Instant.parse("2025-06-01T10:00:00Z");
  private static final Duration GRACE = Duration.ofMinutes(5);

  @Test
  void aCrashWithinTheGraceWindowIsBlamedOnTheAgents() {
    Clock clock = Clock.fixed(CHANGED.plusSeconds(40), ZoneOffset.UTC);
    var crash =
        CrashLoops.blamedOnAgents(
            List.of(pod("checkout-1", "h1", "CrashLoopBackOff")), CHANGED, GRACE, clock.instant());
    assertThat(crash).contains(new CrashLoops.Crash("checkout-1", "app"));
  }

  @Test
  void aCrashAfterTheWindowIsNot() {
    Clock clock = Clock.fixed(CHANGED.plus(GRACE).plusSeconds(1), ZoneOffset.UTC);
    assertThat(
            CrashLoops.blamedOnAgents(
                List.of(pod("checkout-1", "h1", "CrashLoopBackOff")),
                CHANGED,
                GRACE,
                clock.instant()))
        .isEmpty();
    assertThat(CrashLoops.withinGrace(CHANGED, GRACE, CHANGED.plus(GRACE))).isTrue();
    assertThat(CrashLoops.withinGrace(CHANGED, GRACE, CHANGED.minusSeconds(1))).isFalse();
    assertThat(CrashLoops.withinGrace(null, GRACE, CHANGED)).isFalse();
  }

  @Test
  void onlyInstrumentedPodsInCrashLoopBackOffCount() {
    Instant now = CHANGED.plusSeconds(10);
    assertThat(
            CrashLoops.blamedOnAgents(
                List.of(
                    pod("plain", null, "CrashLoopBackOff"),
                    pod("pulling", "h1", "ImagePullBackOff"),
                    pod("fine", "h1", null)),
                CHANGED,
                GRACE,
                now))
        .isEmpty();
  }

  @Test
  void terminatingPodsAreIgnoredAndInitContainersCount() {
    var terminating = pod("old", "h1", "CrashLoopBackOff");
    terminating.getMetadata().setDeletionTimestamp("2025-06-01T10:00:05Z");
    var init = pod("init", "h1", null);
    init.setStatus(
        new io.fabric8.kubernetes.api.model.PodStatusBuilder()
            .addToInitContainerStatuses(
                new ContainerStatusBuilder()
                    .withName("setup")
                    .withNewState()
                    .withNewWaiting()
                    .withReason("CrashLoopBackOff")
                    .endWaiting()
                    .endState()
                    .build())
            .build());
    assertThat(CrashLoops.blamedOnAgents(List.of(terminating, init), CHANGED, GRACE, CHANGED))
        .contains(new CrashLoops.Crash("init", "setup"));
  }
}
