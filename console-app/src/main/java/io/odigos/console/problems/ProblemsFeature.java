package io.odigos.console.problems;

import io.odigos.console.core.ClusterSession;
import io.odigos.console.core.Feature;
import io.odigos.console.core.FeatureContext;
import io.odigos.console.core.FeatureView;
import io.odigos.console.core.Navigation;
import javafx.scene.Node;

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
        model.useSource(
            session == null || !session.odigosInstalled()
                ? null
                : new KubeProblemSource(session.client(), session.odigosCrds()));
      }
    };
  }
}
