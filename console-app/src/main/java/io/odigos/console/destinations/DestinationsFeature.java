package io.odigos.console.destinations;

import io.odigos.console.core.ClusterSession;
import io.odigos.console.core.Feature;
import io.odigos.console.core.FeatureContext;
import io.odigos.console.core.FeatureView;
import io.odigos.console.core.Navigation;
import io.odigos.console.destinations.connection.ClusterProxyTester;
import io.odigos.console.destinations.connection.ConnectionTester;
import io.odigos.console.destinations.connection.OtlpConnectionTester;
import io.odigos.console.destinations.connection.RoutingConnectionTester;
import io.odigos.console.forms.GatewayPreviews;
import io.odigos.console.forms.KubePipelineSnapshots;
import io.odigos.model.render.GatewayConfigRenderer;
import java.time.Duration;

/** The Destinations entry: catalog, generated forms, Destinations and their Secrets. */
public final class DestinationsFeature implements Feature {

  @Override
  public String id() {
    return Navigation.DESTINATIONS;
  }

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Connects the model to a session (null: disconnected): the store, the gateway config preview
   * before each write, and connection tests that reach in-cluster services through the API server.
   */
  public static void connect(
      DestinationsViewModel model, ClusterSession session, ConnectionTester direct) {
    if (session == null || !session.odigosInstalled()) {
      model.use(null, null, direct);
      return;
    }
    var snapshots =
        new KubePipelineSnapshots(
            session.client(), session.odigosNamespace(), session.odigosCrds());
    model.use(
        new KubeDestinationStore(session.client(), session.odigosNamespace()),
        new KubeDestinationPreviewer(
            snapshots, new GatewayPreviews(new GatewayConfigRenderer()), session.odigosNamespace()),
        new RoutingConnectionTester(
            direct, new ClusterProxyTester(session.client(), REQUEST_TIMEOUT)));
  }

  @Override
  public FeatureView create(FeatureContext context) {
    DestinationsViewModel model = new DestinationsViewModel(context.tasks(), context.catalog());
    DestinationsView view = new DestinationsView(model, context.openLink());
    ConnectionTester direct = new OtlpConnectionTester(CONNECT_TIMEOUT, REQUEST_TIMEOUT);
    model.use(null, null, direct);
    return FeatureView.of(
        view::node,
        view::focusSearch,
        session -> {
          connect(model, session, direct);
        });
  }
}
