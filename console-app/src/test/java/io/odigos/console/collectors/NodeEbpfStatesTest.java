package io.odigos.console.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.NodeConditionBuilder;
import io.odigos.console.forms.Health;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nodes → their eBPF line in the Collectors view, from the odiglet's condition. */
class NodeEbpfStatesTest {
  static Node node(String name, String status, String reason, String message) {
    var b =
        new NodeBuilder()
            .withNewMetadata()
            .withName(name)
            .endMetadata()
            .withNewStatus()
            .addToConditions(
                new NodeConditionBuilder()
                    .withType("Ready")
                    .withStatus("True")
                    .withReason("KubeletReady")
                    .build());
    if (status != null) {
      b.addToConditions(
          new NodeConditionBuilder()
              .withType("OdigosEbpfReady")
              .withStatus(status)
              .withReason(reason)
              .withMessage(message)
              .build());
    }
    return b.endStatus().build();
  }

  @Test
  void eachNodeSaysWhetherEbpfRunsAndWhy() {
    var states =
        NodeEbpfStates.of(
            List.of(
                node("worker-b", "False", "EbpfUnavailable", "eBPF unusable: uprobes: no PMU"),
                node("worker-a", "True", "EbpfUsable", "eBPF usable — kernel: 6.18"),
                node("worker-c", "True", "ContextPropagationBlocked", "lockdown [failed]"),
                node("worker-d", null, null, null)));
    assertThat(states)
        .extracting(NodeEbpfState::node, NodeEbpfState::health, NodeEbpfState::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("worker-a", Health.OK, "Ready · EbpfUsable"),
            org.assertj.core.groups.Tuple.tuple(
                "worker-b", Health.FAILED, "Not ready · EbpfUnavailable"),
            org.assertj.core.groups.Tuple.tuple(
                "worker-c", Health.WAITING, "Ready · ContextPropagationBlocked"),
            org.assertj.core.groups.Tuple.tuple(
                "worker-d", Health.WAITING, "No report from the odiglet"));
    assertThat(states.get(1).message()).isEqualTo("eBPF unusable: uprobes: no PMU");
    assertThat(states.get(3).message()).contains("is the odiglet running here?");
  }

  @Test
  void aNodeWithoutStatusIsNotAnError() {
    Node bare = new NodeBuilder().withNewMetadata().withName("fresh").endMetadata().build();
    assertThat(NodeEbpfStates.of(List.of(bare)))
        .singleElement()
        .satisfies(s -> assertThat(s.health()).isEqualTo(Health.WAITING));
  }
}
