package io.odigos.console.forms;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.CustomResource;
import io.odigos.console.core.ClusterSession;
import io.odigos.console.core.FeatureView;
import io.odigos.console.core.Tasks;
import io.odigos.model.render.GatewayConfigRenderer;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The wiring that the list-and-form features (Actions, Instrumentation Rules, Sampling) share: the
 * list view model keyed by object name, the connection of that model to a cluster session (a store
 * of the feature's CRs in the Odigos namespace, and optionally the gateway config diff before
 * saving), and the {@link FeatureView} that the shell shows.
 */
public final class ResourceFeatures {
  private ResourceFeatures() {}

  /** How a proposed object changes the gateway config: {@code GatewayPreviews::withAction}... */
  @FunctionalInterface
  public interface GatewayChange<T> {
    ChangePreview preview(GatewayPreviews previews, PipelineSnapshot now, T proposed);
  }

  /** The list view model of one CR kind, its rows keyed by object name. */
  public static <T extends HasMetadata, F extends ResourceForm<T>>
      ResourceListViewModel<T, F> model(
          Tasks tasks,
          String kindName,
          Supplier<F> create,
          Function<T, F> edit,
          Function<T, ItemRow<T>> row) {
    return new ResourceListViewModel<>(
        tasks,
        kindName,
        ResourceListViewModel.Forms.of(create, edit),
        row,
        r -> r.getMetadata().getName());
  }

  /**
   * Points the model at the session's CRs of {@code type}, or at nothing when disconnected or when
   * the cluster lacks the CRD.
   *
   * @param gatewayChange how a proposed object changes the gateway; null for CRs that do not change
   *     it (no config diff before saving)
   */
  public static <S, T extends CustomResource<S, ?>, F extends ResourceForm<T>> void connect(
      ResourceListViewModel<T, F> model,
      ClusterSession session,
      String crd,
      Class<T> type,
      GatewayChange<T> gatewayChange) {
    if (session == null || !session.hasCrd(crd)) {
      model.use(null, null);
      return;
    }
    ChangePreviewer<T> previewer = null;
    if (gatewayChange != null) {
      var snapshots =
          new KubePipelineSnapshots(
              session.client(), session.odigosNamespace(), session.odigosCrds());
      var previews = new GatewayPreviews(new GatewayConfigRenderer());
      previewer = proposed -> gatewayChange.preview(previews, snapshots.get(), proposed);
    }
    model.use(new KubeCrStore<S, T>(session.client(), type, session.odigosNamespace()), previewer);
  }

  /**
   * The feature's view: the list view, disconnected until the shell passes a session to {@code
   * connect}.
   */
  public static <T, F extends ResourceForm<T>> FeatureView view(
      ResourceListViewModel<T, F> model,
      ResourceListView<T, F> view,
      BiConsumer<ResourceListViewModel<T, F>, ClusterSession> connect) {
    model.use(null, null);
    return FeatureView.of(
        view::node,
        view::focusSearch,
        session -> {
          connect.accept(model, session);
        });
  }
}
