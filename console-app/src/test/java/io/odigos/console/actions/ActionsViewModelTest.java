package io.odigos.console.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.odigos.console.core.Tasks;
import io.odigos.console.forms.GatewayPreviews;
import io.odigos.console.forms.MemoryCrStore;
import io.odigos.console.forms.PipelineSnapshot;
import io.odigos.model.render.GatewayConfigRenderer;
import io.odigos.model.render.RenderableDestination;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.DestinationSpec;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Actions list with a same-thread executor, an in-memory store and the real renderer. */
class ActionsViewModelTest {
  private final MemoryCrStore<Action> store = new MemoryCrStore<>();
  private final GatewayPreviews previews = new GatewayPreviews(new GatewayConfigRenderer());
  private final PipelineSnapshot cluster =
      new PipelineSnapshot(List.of(debugDestination()), List.of(), List.of(), List.of());
  private final io.odigos.console.forms.ResourceListViewModel<Action, ActionFormViewModel> model =
      ActionsFeature.model(Tasks.sameThread());

  static RenderableDestination debugDestination() {
    Destination d = new Destination();
    d.setMetadata(new ObjectMetaBuilder().withName("debug-1").build());
    DestinationSpec spec = new DestinationSpec();
    spec.setType("debug");
    spec.setDestinationName("Debug");
    spec.setData(Map.of("VERBOSITY", "basic"));
    spec.setSignals(List.of(ObservabilitySignal.TRACES, ObservabilitySignal.LOGS));
    d.setSpec(spec);
    return new RenderableDestination(d, Set.of());
  }

  @BeforeEach
  void connect() {
    model.use(store, proposed -> previews.withAction(cluster, proposed));
  }

  @Test
  void creatingShowsTheGatewayDiffAndWritesOnlyAfterConfirming() {
    model.startCreate();
    ActionFormViewModel f = model.formProperty().get();
    f.displayNameProperty().set("Cluster info");
    f.kindProperty().set(ActionKind.ADD_CLUSTER_INFO);
    f.clusterAttributesProperty().set("k8s.cluster.name=prod-eu-1");
    model.save();

    assertThat(store.writes).isEmpty();
    var pending = model.pendingProperty().get();
    assertThat(pending).isNotNull();
    assertThat(pending.preview().preview().diff())
        .contains("+")
        .contains("resource/action-cluster-info")
        .contains("prod-eu-1");

    model.confirm();
    assertThat(store.writes).containsExactly("create action-cluster-info");
    assertThat(model.formProperty().get()).isNull();
    assertThat(model.items()).extracting(r -> r.name()).containsExactly("action-cluster-info");
    assertThat(model.messageProperty().get()).isEqualTo("Created action action-cluster-info");
  }

  @Test
  void anInvalidFormWritesNothingAndRendersNothing() {
    model.startCreate();
    model.formProperty().get().displayNameProperty().set("");
    model.save();
    assertThat(model.pendingProperty().get()).isNull();
    assertThat(model.formProperty().get().problems()).contains("Name is required");
    assertThat(store.writes).isEmpty();
  }

  @Test
  void cancellingThePreviewWritesNothing() {
    model.startCreate();
    ActionFormViewModel f = model.formProperty().get();
    f.displayNameProperty().set("Drop auth");
    f.kindProperty().set(ActionKind.DELETE_ATTRIBUTE);
    f.attributesToDeleteProperty().set("authorization");
    model.save();
    model.cancelPreview();
    assertThat(model.pendingProperty().get()).isNull();
    assertThat(model.formProperty().get()).isSameAs(f);
    assertThat(store.writes).isEmpty();
  }

  @Test
  void editThenDelete() {
    Action a = ActionFormViewModelTest.filled(ActionKind.DELETE_ATTRIBUTE).validate().orElseThrow();
    store.seed(a);
    model.startEdit(model.items().getFirst());
    ActionFormViewModel f = model.formProperty().get();
    assertThat(f.editing()).isTrue();
    f.attributesToDeleteProperty().set("a, b");
    model.save();
    assertThat(model.pendingProperty().get().preview().preview().diff())
        .contains("a")
        .contains("b");
    model.confirm();
    assertThat(store.writes).containsExactly("update " + a.getMetadata().getName());
    assertThat(
            store
                .objects
                .get(a.getMetadata().getName())
                .getSpec()
                .getDeleteAttribute()
                .attributeNamesToDelete())
        .containsExactly("a", "b");

    model.delete(model.items().getFirst());
    assertThat(store.objects).isEmpty();
    assertThat(model.items()).isEmpty();
  }

  @Test
  void disconnectingClearsTheList() {
    store.seed(
        ActionFormViewModelTest.filled(ActionKind.RENAME_ATTRIBUTE).validate().orElseThrow());
    assertThat(model.items()).hasSize(1);
    model.use(null, null);
    assertThat(model.items()).isEmpty();
    assertThat(model.connectedProperty().get()).isFalse();
  }
}
