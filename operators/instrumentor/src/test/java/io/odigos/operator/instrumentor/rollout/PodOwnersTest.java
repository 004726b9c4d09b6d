package io.odigos.operator.instrumentor.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.odigos.operator.instrumentor.workload.WorkloadKind;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodOwnersTest {

  @Test
  void aReplicaSetPodBelongsToTheDeploymentNamedBeforeItsTemplateHash() {
    assertThat(PodOwners.workloadOf(Fixtures.pod("checkout-5d8f7c9b6-x2x9q", "h1", null)))
        .contains(new WorkloadRef(WorkloadKind.DEPLOYMENT, "shop", "checkout"));
    Pod dashed = owned("ReplicaSet", "web-api-v2-7c9d", Map.of("pod-template-hash", "7c9d"));
    assertThat(PodOwners.workloadOf(dashed))
        .contains(new WorkloadRef(WorkloadKind.DEPLOYMENT, "shop", "web-api-v2"));
    Pod noLabel = owned("ReplicaSet", "web-api-7c9d", Map.of());
    assertThat(PodOwners.workloadOf(noLabel))
        .contains(new WorkloadRef(WorkloadKind.DEPLOYMENT, "shop", "web-api"));
  }

  @Test
  void statefulSetAndDaemonSetPodsNameTheirWorkloadDirectly() {
    assertThat(PodOwners.workloadOf(owned("StatefulSet", "db", Map.of())))
        .contains(new WorkloadRef(WorkloadKind.STATEFUL_SET, "shop", "db"));
    assertThat(PodOwners.workloadOf(owned("DaemonSet", "agent", Map.of())))
        .contains(new WorkloadRef(WorkloadKind.DAEMON_SET, "shop", "agent"));
  }

  @Test
  void aCronJobsJobIsItsNamePlusTheScheduledMinute() {
    assertThat(PodOwners.workloadOf(owned("Job", "report-29132640", Map.of())))
        .contains(new WorkloadRef(WorkloadKind.CRON_JOB, "shop", "report"));
    assertThat(PodOwners.workloadOf(owned("Job", "one-off-migration", Map.of()))).isEmpty();
  }

  @Test
  void podsWithoutAKnownOwnerBelongToNoWorkload() {
    assertThat(PodOwners.workloadOf(owned("Node", "node-1", Map.of()))).isEmpty();
    assertThat(
            PodOwners.workloadOf(
                new PodBuilder().withNewMetadata().withNamespace("shop").endMetadata().build()))
        .isEmpty();
  }

  private static Pod owned(String kind, String name, Map<String, String> labels) {
    return new PodBuilder()
        .withNewMetadata()
        .withName("p")
        .withNamespace("shop")
        .withLabels(labels)
        .addNewOwnerReference()
        .withKind(kind)
        .withName(name)
        .withController(true)
        .endOwnerReference()
        .endMetadata()
        .build();
  }
}
