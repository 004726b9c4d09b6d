package io.odigos.console.destinations;

import io.odigos.console.core.ClusterSession;
import io.odigos.console.core.Feature;
import io.odigos.console.core.FeatureContext;
import io.odigos.console.core.FeatureView;
import io.odigos.console.core.Navigation;
import javafx.scene.Node;

/** The Destinations entry: catalog, generated forms, Destinations and their Secrets. */
public final class DestinationsFeature implements Feature {

  @Override
  public String id() {
    return Navigation.DESTINATIONS;
  }

  @Override
  public FeatureView create(FeatureContext context) {
    DestinationsViewModel model = new DestinationsViewModel(context.tasks(), context.catalog());
    DestinationsView view = new DestinationsView(model);
    model.useStore(null);
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
        model.useStore(
            session == null || !session.odigosInstalled()
                ? null
                : new KubeDestinationStore(session.client(), session.odigosNamespace()));
      }
    };
  }
}
