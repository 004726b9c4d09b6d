package io.odigos.console.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.odigos.console.core.Tasks;
import io.odigos.console.forms.Health;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.CollectorsGroupStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectorStatesTest {
  static CollectorsGroup group(String name, boolean ready) {
    CollectorsGroup g = new CollectorsGroup();
    g.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName(name).build());
    g.setStatus(new CollectorsGroupStatus());
    g.getStatus().setReady(ready);
    return g;
  }

  private final CollectorObjects objects =
      new CollectorObjects(
          List.of(group("odigos-gateway", true), group("odigos-data-collection", false)),
          List.of(
              new DeploymentBuilder()
                  .withNewMetadata()
                  .withName("odigos-gateway")
                  .endMetadata()
                  .withNewStatus()
                  .withReplicas(2)
                  .withReadyReplicas(1)
                  .endStatus()
                  .build()),
          List.of(
              new DaemonSetBuilder()
                  .withNewMetadata()
                  .withName("odigos-data-collection")
                  .endMetadata()
                  .withNewStatus()
                  .withDesiredNumberScheduled(3)
                  .withNumberReady(2)
                  .endStatus()
                  .build()),
          List.of(
              new HorizontalPodAutoscalerBuilder()
                  .withNewMetadata()
                  .withName("odigos-gateway")
                  .endMetadata()
                  .withNewSpec()
                  .withMinReplicas(1)
                  .withMaxReplicas(10)
                  .endSpec()
                  .withNewStatus()
                  .withCurrentReplicas(2)
                  .endStatus()
                  .build()),
          List.of(
              new ConfigMapBuilder()
                  .withNewMetadata()
                  .withName("odigos-gateway")
                  .endMetadata()
                  .withData(Map.of("collector-conf.yaml", "receivers: {}\n"))
                  .build()));

  @Test
  void gatewayAndNodeCollector() {
    List<CollectorState> states = CollectorStates.of(objects);
    CollectorState gw = states.get(0);
    assertThat(gw.health()).isEqualTo(Health.OK);
    assertThat(gw.scale()).isEqualTo("Replicas: 1 ready / 2 · HPA: min 1, max 10, current 2");
    assertThat(gw.config()).isEqualTo("receivers: {}\n");
    CollectorState node = states.get(1);
    assertThat(node.health()).isEqualTo(Health.WAITING);
    assertThat(node.scale()).isEqualTo("Pods: 2 ready / 3 desired");
    assertThat(node.config()).isEmpty();
  }

  @Test
  void missingGroupsAreRed() {
    var states = CollectorStates.of(CollectorObjects.empty());
    assertThat(states).allMatch(s -> s.health() == Health.FAILED);
    assertThat(states.get(0).status()).isEqualTo("No CollectorsGroup odigos-gateway");
  }

  @Test
  void theViewModelFollowsTheWatch() {
    CollectorsViewModel model = new CollectorsViewModel(Tasks.sameThread());
    java.util.concurrent.atomic.AtomicReference<java.util.function.Consumer<CollectorObjects>>
        sink = new java.util.concurrent.atomic.AtomicReference<>();
    model.useSource(
        s -> {
          sink.set(s);
          s.accept(CollectorObjects.empty());
          return () -> {};
        });
    assertThat(model.collectors()).hasSize(2);
    assertThat(model.statusProperty().get()).isEqualTo("Live");
    sink.get().accept(objects);
    assertThat(model.collectors().get(0).config()).isEqualTo("receivers: {}\n");
  }
}
