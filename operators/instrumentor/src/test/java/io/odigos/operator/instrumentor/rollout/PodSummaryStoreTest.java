package io.odigos.operator.instrumentor.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.odigos.operator.instrumentor.workload.PodOwners;
import org.junit.jupiter.api.Test;

class PodSummaryStoreTest {

  @Test
  void keepsWhatRollbackReadsAndDropsTheRest() {
    var pod = Fixtures.pod("checkout-1", "h1", "CrashLoopBackOff");
    pod.getMetadata().getAnnotations().put("big", "x".repeat(1000));
    pod.setSpec(
        new io.fabric8.kubernetes.api.model.PodSpecBuilder()
            .withContainers(new ContainerBuilder().withName("app").withImage("shop:1").build())
            .build());
    var store = new PodSummaryStore();
    store.put("shop/checkout-1", pod);
    var kept = store.get("shop/checkout-1");
    assertThat(kept.getSpec()).isNull();
    assertThat(kept.getMetadata().getAnnotations())
        .containsOnlyKeys(TemplateAnnotation.AGENTS_META_HASH);
    assertThat(CrashLoops.crashLoopingContainer(kept)).contains("app");
    assertThat(PodOwners.workloadOf(kept)).isEqualTo(PodOwners.workloadOf(pod));
  }
}
