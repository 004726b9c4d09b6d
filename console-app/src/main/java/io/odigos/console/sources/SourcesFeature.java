package io.odigos.console.sources;

import io.odigos.console.core.ClusterSession;
import io.odigos.console.core.Feature;
import io.odigos.console.core.FeatureContext;
import io.odigos.console.core.FeatureView;
import io.odigos.console.core.Navigation;
import io.odigos.console.describe.DescribeViewModel;
import io.odigos.console.describe.KubeStorySource;
import javafx.scene.Node;

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
        boolean usable = session != null && session.hasCrd("sources.odigos.io");
        model.useStore(usable ? new KubeSourceStore(session.client()) : null);
        describe.useSource(usable ? new KubeStorySource(session.client()) : null);
      }
    };
  }
}
