package io.odigos.console.forms;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.odigos.console.core.Activity;
import io.odigos.console.core.ClusterSession;
import io.odigos.console.core.Feature;
import io.odigos.console.core.FeatureContext;
import io.odigos.console.core.FeatureView;
import io.odigos.console.core.Tasks;
import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.testbed.ApiServer;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One feature's view as the app builds it (background pool, {@code Platform::runLater}, the base
 * stylesheet), in a window of the test, connected to the test's real API server with a fresh
 * namespace as the Odigos namespace.
 */
public final class PipelineUi implements AutoCloseable {
  private final ExecutorService pool;
  private final FeatureView view;
  private final ClusterSession session;

  private PipelineUi(ExecutorService pool, FeatureView view, ClusterSession session) {
    this.pool = pool;
    this.view = view;
    this.session = session;
  }

  /** Builds and shows the feature's view; call on the FX thread (TestFX {@code @Start}). */
  public static PipelineUi show(Stage stage, Feature feature, ApiServer api, String namespace) {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    Tasks tasks = new Tasks(pool, Platform::runLater, new Activity());
    FeatureView view =
        feature.create(new FeatureContext(tasks, DestinationCatalog.defaultCatalog()));
    Scene scene = new Scene((Parent) view.node(), 1280, 820);
    scene
        .getStylesheets()
        .add(Feature.class.getResource("/io/odigos/console/console.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
    KubernetesClient client = api.newClient();
    ClusterSession session =
        new ClusterSession(
            "testbed", client, api.gitVersion(), namespace, Set.copyOf(api.crdNames()));
    view.sessionChanged(session);
    return new PipelineUi(pool, view, session);
  }

  public FeatureView view() {
    return view;
  }

  /** Reads something on the FX thread. */
  public static <T> T fx(Callable<T> read) {
    try {
      return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    Platform.runLater(() -> view.sessionChanged(null));
    session.close();
    pool.shutdownNow();
  }
}
