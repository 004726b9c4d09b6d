package io.odigos.operator.instrumentor.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.operator.instrumentor.workload.WorkloadKind;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrphanSweepTest {

  @Test
  void annotatedWorkloadsWithoutTheirInstrumentationConfigAreOrphans() {
    var kept = new WorkloadRef(WorkloadKind.DEPLOYMENT, "shop", "checkout");
    var orphan = new WorkloadRef(WorkloadKind.STATEFUL_SET, "shop", "db");
    var elsewhere = new WorkloadRef(WorkloadKind.DEPLOYMENT, "other", "checkout");
    var configs = List.of(Fixtures.ic("deployment-checkout", "h1", "h1"));
    assertThat(OrphanSweep.orphans(List.of(kept, orphan, elsewhere), configs))
        .containsExactly(orphan, elsewhere);
  }
}
