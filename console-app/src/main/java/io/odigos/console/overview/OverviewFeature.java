package io.odigos.console.overview;

import io.odigos.console.core.Feature;
import io.odigos.console.core.FeatureContext;
import io.odigos.console.core.FeatureView;
import io.odigos.console.core.Navigation;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The Overview entry: the live topology with throughput; a click opens the node's view. */
public final class OverviewFeature implements Feature {
  /** One daemon thread only ticks; the scraping itself runs on the tasks' background executor. */
  private static final ScheduledExecutorService TICKS =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "overview-metrics-tick");
            t.setDaemon(true);
            return t;
          });

  static final Poller SCHEDULED =
      (period, action) -> {
        var f =
            TICKS.scheduleAtFixedRate(
                action, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
      };

  @Override
  public String id() {
    return Navigation.OVERVIEW;
  }

  @Override
  public FeatureView create(FeatureContext context) {
    OverviewViewModel model = new OverviewViewModel(context.tasks(), SCHEDULED, Instant::now);
    ShellNavigator navigator = new ShellNavigator();
    OverviewView view = new OverviewView(model, navigator);
    navigator.anchor(view.node());
    model.use(null, null);
    return FeatureView.of(
        view::node,
        () -> {},
        session -> {
          if (session == null || !session.hasCrd("collectorsgroups.odigos.io")) {
            model.use(null, null);
            return;
          }
          model.use(
              new KubeTopologySource(session.client(), session.odigosNamespace()),
              new KubeMetricsScraper(session.client(), session.odigosNamespace()));
        });
  }
}
