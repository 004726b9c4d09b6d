package io.odigos.operator.instrumentor.rollout;

import static io.odigos.operator.instrumentor.rollout.Fixtures.deployment;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadProgressTest {

  @Test
  void aDeploymentRollsUntilItsControllerObservedAndReplacedEveryPod() {
    assertThat(WorkloadProgress.isRolling(deployment(2, 1L, 3, 3, 3)))
        .as("new generation not observed yet")
        .isTrue();
    assertThat(WorkloadProgress.isRolling(deployment(2, 2L, 3, 1, 1)))
        .as("updatedReplicas < replicas")
        .isTrue();
    assertThat(WorkloadProgress.isRolling(deployment(2, 2L, 3, 3, 2)))
        .as("an updated pod is not available yet")
        .isTrue();
    assertThat(WorkloadProgress.isRolling(deployment(2, 2L, 3, 3, 3))).isFalse();
    assertThat(WorkloadProgress.isRolling(deployment(2, 2L, null, 1, 1)))
        .as("replicas default to 1")
        .isFalse();
  }

  @Test
  void pausedOrStuckDeploymentsHoldNoSlot() {
    var paused = deployment(2, 1L, 3, 1, 1);
    paused.getSpec().setPaused(true);
    assertThat(WorkloadProgress.isRolling(paused)).isFalse();

    var stuck = deployment(2, 2L, 3, 1, 1);
    stuck
        .getStatus()
        .setConditions(
            List.of(
                new DeploymentConditionBuilder()
                    .withType("Progressing")
                    .withStatus("False")
                    .withReason(WorkloadProgress.PROGRESS_DEADLINE_EXCEEDED)
                    .build()));
    assertThat(WorkloadProgress.isRolling(stuck)).isFalse();
  }

  @Test
  void aDeploymentNoControllerEverLookedAtIsRolling() {
    var fresh = new DeploymentBuilder().withNewMetadata().withGeneration(1L).endMetadata().build();
    assertThat(WorkloadProgress.isRolling(fresh)).isTrue();
  }

  @Test
  void statefulSetsHonourPartitionsAndOnDelete() {
    var partitioned =
        new StatefulSetBuilder()
            .withNewMetadata()
            .withGeneration(4L)
            .endMetadata()
            .withNewSpec()
            .withReplicas(4)
            .withNewUpdateStrategy()
            .withType("RollingUpdate")
            .withNewRollingUpdate()
            .withPartition(2)
            .endRollingUpdate()
            .endUpdateStrategy()
            .endSpec()
            .withNewStatus()
            .withObservedGeneration(4L)
            .withUpdatedReplicas(2)
            .withReadyReplicas(4)
            .endStatus()
            .build();
    assertThat(WorkloadProgress.isRolling(partitioned)).isFalse();
    partitioned.getStatus().setUpdatedReplicas(1);
    assertThat(WorkloadProgress.isRolling(partitioned)).isTrue();

    var onDelete =
        new StatefulSetBuilder()
            .withNewMetadata()
            .withGeneration(9L)
            .endMetadata()
            .withNewSpec()
            .withNewUpdateStrategy()
            .withType("OnDelete")
            .endUpdateStrategy()
            .endSpec()
            .build();
    assertThat(WorkloadProgress.isRolling(onDelete)).isFalse();
  }

  @Test
  void daemonSetsRollUntilEveryNodeRunsAnUpdatedAvailablePod() {
    var ds =
        new DaemonSetBuilder()
            .withNewMetadata()
            .withGeneration(2L)
            .endMetadata()
            .withNewSpec()
            .endSpec()
            .withNewStatus()
            .withObservedGeneration(2L)
            .withDesiredNumberScheduled(3)
            .withUpdatedNumberScheduled(3)
            .withNumberAvailable(2)
            .endStatus()
            .build();
    assertThat(WorkloadProgress.isRolling(ds)).isTrue();
    ds.getStatus().setNumberAvailable(3);
    assertThat(WorkloadProgress.isRolling(ds)).isFalse();
  }

  @Test
  void cronJobsNeverRoll() {
    assertThat(WorkloadProgress.isRolling(new CronJobBuilder().build())).isFalse();
  }
}
