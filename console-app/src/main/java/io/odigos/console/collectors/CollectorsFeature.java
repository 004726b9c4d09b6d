package io.odigos.console.collectors;

import io.odigos.console.core.Feature;
import io.odigos.console.core.FeatureContext;
import io.odigos.console.core.FeatureView;
import io.odigos.console.core.Navigation;

/** The Collectors entry: gateway and node collector status, scaling and rendered config, live. */
public final class CollectorsFeature implements Feature {

  @Override
  public String id() {
    return Navigation.COLLECTORS;
  }

  @Override
  public FeatureView create(FeatureContext context) {
    CollectorsViewModel model = new CollectorsViewModel(context.tasks());
    CollectorsView view = new CollectorsView(model);
    model.useSource(null);
    return FeatureView.of(
        view::node,
        () -> {},
        session -> {
          model.useSource(
              session == null || !session.hasCrd("collectorsgroups.odigos.io")
                  ? null
                  : new KubeCollectorsSource(session.client(), session.odigosNamespace()));
        });
  }
}
