package io.odigos.operator.instrumentor.workload;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PodOwnersTest {

  private static ObjectMeta ownedBy(String kind, String name, Map<String, String> labels) {
    return new ObjectMetaBuilder()
        .withGenerateName(name + "-")
        .withLabels(labels)
        .withOwnerReferences(
            new OwnerReferenceBuilder().withKind(kind).withName(name).withController(true).build())
        .build();
  }

  private static Optional<WorkloadRef> of(ObjectMeta meta) {
    return PodOwners.workloadOf(meta, "shop");
  }

  @Test
  void replicaSetWithItsTemplateHashIsADeployment() {
    assertThat(
            of(
                ownedBy(
                    "ReplicaSet", "check-out-5d9f8c7b6", Map.of("pod-template-hash", "5d9f8c7b6"))))
        .contains(new WorkloadRef(WorkloadKind.DEPLOYMENT, "shop", "check-out"));
    assertThat(of(ownedBy("ReplicaSet", "bare-rs", Map.of())))
        .as("no hash: a bare ReplicaSet")
        .isEmpty();
    assertThat(of(ownedBy("ReplicaSet", "x-abc", Map.of("pod-template-hash", "zzz")))).isEmpty();
  }

  @Test
  void statefulSetsAndDaemonSetsOwnTheirPods() {
    assertThat(of(ownedBy("StatefulSet", "db", Map.of())))
        .contains(new WorkloadRef(WorkloadKind.STATEFUL_SET, "shop", "db"));
    assertThat(of(ownedBy("DaemonSet", "agent", Map.of())))
        .contains(new WorkloadRef(WorkloadKind.DAEMON_SET, "shop", "agent"));
  }

  @Test
  void jobNamedAfterItsScheduleIsACronJobs() {
    assertThat(of(ownedBy("Job", "nightly-report-29012345", Map.of())))
        .contains(new WorkloadRef(WorkloadKind.CRON_JOB, "shop", "nightly-report"));
    assertThat(of(ownedBy("Job", "migrate", Map.of()))).isEmpty();
  }

  @Test
  void podsWithoutOwnersOrOfOtherKindsHaveNoWorkload() {
    assertThat(of(new ObjectMetaBuilder().withName("lonely").build())).isEmpty();
    assertThat(of(ownedBy("Node", "n1", Map.of()))).isEmpty();
    assertThat(PodOwners.workloadOf(null, "shop")).isEmpty();
  }
}
