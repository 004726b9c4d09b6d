package io.odigos.operator.scheduler.desired;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.CollectorsGroupStatus;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.DestinationSpec;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterFactsTest {
  @Test
  void countsEnabledDestinationsOnly() {
    var facts =
        ClusterFacts.of(
            List.of(destination(null), destination(false), destination(true)),
            List.of(),
            Optional.empty(),
            List.of());
    assertThat(facts.enabledDestinations()).isEqualTo(2);
  }

  @Test
  void countsInstrumentedWorkloadsOutsideIgnoredNamespaces() {
    var facts =
        ClusterFacts.of(
            List.of(),
            List.of(ic("shop"), ic("shop"), ic("kube-system"), ic("odigos-system")),
            Optional.empty(),
            List.of("kube-system", "odigos-system"));
    assertThat(facts.instrumentedWorkloads()).isEqualTo(2);
  }

  @Test
  void theGatewayIsReadyOnlyWhenItsStatusSaysSo() {
    assertThat(ClusterFacts.of(List.of(), List.of(), Optional.empty(), List.of()).gatewayReady())
        .isFalse();
    assertThat(facts(null).gatewayReady()).isFalse();
    assertThat(facts(false).gatewayReady()).isFalse();
    assertThat(facts(true).gatewayReady()).isTrue();
    CollectorsGroup noStatus = new CollectorsGroup();
    assertThat(
            ClusterFacts.of(List.of(), List.of(), Optional.of(noStatus), List.of()).gatewayReady())
        .isFalse();
  }

  private static ClusterFacts facts(Boolean ready) {
    CollectorsGroup gateway = new CollectorsGroup();
    CollectorsGroupStatus status = new CollectorsGroupStatus();
    status.setReady(ready);
    gateway.setStatus(status);
    return ClusterFacts.of(List.of(), List.of(), Optional.of(gateway), List.of());
  }

  private static Destination destination(Boolean disabled) {
    Destination d = new Destination();
    DestinationSpec spec = new DestinationSpec();
    spec.setDisabled(disabled);
    d.setSpec(spec);
    return d;
  }

  private static InstrumentationConfig ic(String namespace) {
    InstrumentationConfig ic = new InstrumentationConfig();
    ic.setMetadata(
        new ObjectMetaBuilder().withName("deployment-x").withNamespace(namespace).build());
    return ic;
  }
}
