package io.odigos.console.sources;

import io.odigos.console.core.Feature;
import io.odigos.console.core.FeatureContext;
import io.odigos.console.core.FeatureView;
import io.odigos.console.core.Navigation;
import io.odigos.console.describe.DescribeViewModel;
import io.odigos.console.describe.KubeStorySource;

/** The Sources entry: workloads to instrument, with the Describe panel beside them. */
public final class SourcesFeature implements Feature {

  @Override
  public String id() {
    return Navigation.SOURCES;
  }

  @Override
  public FeatureView create(FeatureContext context) {
    SourcesViewModel model = new SourcesViewModel(context.tasks());
    DescribeViewModel describe = new DescribeViewModel(context.tasks());
    SourcesView view = new SourcesView(model, describe);
    model.useStore(null);
    describe.useSource(null);
    return FeatureView.of(
        view::node,
        view::focusSearch,
        session -> {
          boolean usable = session != null && session.hasCrd("sources.odigos.io");
          model.useStore(usable ? new KubeSourceStore(session.client()) : null);
          describe.useSource(usable ? new KubeStorySource(session.client()) : null);
        });
  }
}
