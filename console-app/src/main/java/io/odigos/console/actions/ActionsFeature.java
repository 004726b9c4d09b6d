package io.odigos.console.actions;

import io.odigos.console.core.ClusterSession;
import io.odigos.console.core.Feature;
import io.odigos.console.core.FeatureContext;
import io.odigos.console.core.FeatureView;
import io.odigos.console.core.Navigation;
import io.odigos.console.forms.GatewayPreviews;
import io.odigos.console.forms.KubeCrStore;
import io.odigos.console.forms.KubePipelineSnapshots;
import io.odigos.console.forms.ResourceListView;
import io.odigos.console.forms.ResourceListViewModel;
import io.odigos.model.render.GatewayConfigRenderer;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.List;
import javafx.scene.Node;

/** The Actions entry: list, a form per payload kind, and the gateway config diff before saving. */
public final class ActionsFeature implements Feature {
  static final List<ObservabilitySignal> SIGNALS =
      List.of(ObservabilitySignal.TRACES, ObservabilitySignal.METRICS, ObservabilitySignal.LOGS);

  @Override
  public String id() {
    return Navigation.ACTIONS;
  }

  /** The view model, so that tests and the feature build it the same way. */
  public static ResourceListViewModel<Action, ActionFormViewModel> model(
      io.odigos.console.core.Tasks tasks) {
    return new ResourceListViewModel<>(
        tasks,
        "action",
        ResourceListViewModel.Forms.of(ActionFormViewModel::create, ActionFormViewModel::edit),
        ActionRows::of,
        a -> a.getMetadata().getName());
  }

  /** Connects the model to a cluster session (null: disconnected). */
  public static void connect(
      ResourceListViewModel<Action, ActionFormViewModel> model, ClusterSession session) {
    if (session == null || !session.hasCrd("actions.odigos.io")) {
      model.use(null, null);
      return;
    }
    var snapshots =
        new KubePipelineSnapshots(
            session.client(), session.odigosNamespace(), session.odigosCrds());
    var previews = new GatewayPreviews(new GatewayConfigRenderer());
    model.use(
        new KubeCrStore<>(session.client(), Action.class, session.odigosNamespace()),
        proposed -> previews.withAction(snapshots.get(), proposed));
  }

  @Override
  public FeatureView create(FeatureContext context) {
    var model = model(context.tasks());
    var view = new ResourceListView<>(model, "action", "Actions", ActionFields::of);
    model.use(null, null);
    return new FeatureView() {
      @Override
      public Node node() {
        return view.node();
      }

      @Override
      public void focusSearch() {
        view.focusSearch();
      }

      @Override
      public void sessionChanged(ClusterSession session) {
        connect(model, session);
      }
    };
  }
}
