package io.odigos.console.actions;

import io.odigos.console.core.ClusterSession;
import io.odigos.console.core.Feature;
import io.odigos.console.core.FeatureContext;
import io.odigos.console.core.FeatureView;
import io.odigos.console.core.Navigation;
import io.odigos.console.forms.GatewayPreviews;
import io.odigos.console.forms.ResourceFeatures;
import io.odigos.console.forms.ResourceListView;
import io.odigos.console.forms.ResourceListViewModel;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.List;

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
    return ResourceFeatures.model(
        tasks, "action", ActionFormViewModel::create, ActionFormViewModel::edit, ActionRows::of);
  }

  /** Connects the model to a cluster session (null: disconnected). */
  public static void connect(
      ResourceListViewModel<Action, ActionFormViewModel> model, ClusterSession session) {
    ResourceFeatures.connect(
        model, session, "actions.odigos.io", Action.class, GatewayPreviews::withAction);
  }

  @Override
  public FeatureView create(FeatureContext context) {
    var model = model(context.tasks());
    return ResourceFeatures.view(
        model,
        new ResourceListView<>(model, "action", "Actions", ActionFields::of),
        ActionsFeature::connect);
  }
}
