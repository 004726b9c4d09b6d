package io.odigos.model.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NodeCollectorConfigRendererTest {

  private final NodeCollectorSettings settings = NodeCollectorSettings.defaults("odigos-system");
  private final List<InstrumentedWorkload> workloads =
      List.of(
          new InstrumentedWorkload("shop", "Deployment", "checkout"),
          new InstrumentedWorkload("shop", "StatefulSet", "ledger"));

  @Test
  void allSignalsWithK8sAttributeActions() {
    String yaml =
        NodeCollectorConfigRenderer.render(
            EnumSet.allOf(ObservabilitySignal.class),
            workloads,
            Fixtures.actions(),
            List.of(),
            settings);
    Goldens.assertMatches("node/all-signals.yaml", yaml);
    assertThat(yaml)
        .contains("/var/log/pods/shop_checkout-*_*/*/*.log")
        .contains("tag_name: service.version")
        .contains("k8s.cluster.uid");
  }

  @Test
  void tracesOnlyCollectsNoLogsAndNoMetrics() {
    String yaml =
        NodeCollectorConfigRenderer.render(
            Set.of(ObservabilitySignal.TRACES), workloads, List.of(), List.of(), settings);
    Goldens.assertMatches("node/traces-only.yaml", yaml);
    assertThat(yaml)
        .doesNotContain("file_log")
        .doesNotContain("kubelet_stats")
        .doesNotContain("host_metrics")
        .doesNotContain("span_metrics")
        .contains("endpoint: odigos-gateway.odigos-system:4317");
  }

  @Test
  void beforeTheGatewayReceivesAnythingTheConfigIsStillValid() {
    String yaml =
        NodeCollectorConfigRenderer.render(Set.of(), workloads, List.of(), List.of(), settings);
    Goldens.assertMatches("node/no-signal.yaml", yaml);
  }
}
