package io.odigos.operator.scheduler.reconciler;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.model.v1alpha1.CollectorsGroupRole;
import io.odigos.model.v1alpha1.CollectorsGroupSpec;
import org.junit.jupiter.api.Test;

class CollectorsGroupWriterTest {
  @Test
  void specsAreComparedByContent() {
    assertThat(CollectorsGroupWriter.sameSpec(spec(8888), spec(8888))).isTrue();
    assertThat(CollectorsGroupWriter.sameSpec(spec(8888), spec(9999))).isFalse();
  }

  private static CollectorsGroupSpec spec(int port) {
    CollectorsGroupSpec s = new CollectorsGroupSpec();
    s.setRole(CollectorsGroupRole.CLUSTER_GATEWAY);
    s.setCollectorOwnMetricsPort(port);
    s.setResourcesSettings(new CollectorsGroupSpec.ResourcesSettings());
    return s;
  }
}
