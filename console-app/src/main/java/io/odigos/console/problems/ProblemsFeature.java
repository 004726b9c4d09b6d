package io.odigos.console.problems;

import io.odigos.console.core.Feature;
import io.odigos.console.core.FeatureContext;
import io.odigos.console.core.FeatureView;
import io.odigos.console.core.Navigation;

/** The Problems entry: every False condition, live. */
public final class ProblemsFeature implements Feature {

  @Override
  public String id() {
    return Navigation.PROBLEMS;
  }

  @Override
  public FeatureView create(FeatureContext context) {
    ProblemsViewModel model = new ProblemsViewModel(context.tasks());
    ProblemsView view = new ProblemsView(model);
    model.useSource(null);
    return FeatureView.of(
        view::node,
        view::focusSearch,
        session -> {
          model.useSource(
              session == null || !session.odigosInstalled()
                  ? null
                  : new KubeProblemSource(session.client(), session.odigosCrds()));
        });
  }
}
