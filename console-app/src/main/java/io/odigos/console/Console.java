package io.odigos.console;

import io.odigos.console.connect.ClusterConnector;
import io.odigos.console.connect.ConnectViewModel;
import io.odigos.console.core.Activity;
import io.odigos.console.core.Feature;
import io.odigos.console.core.FeatureContext;
import io.odigos.console.core.Tasks;
import io.odigos.console.shell.ShellView;
import io.odigos.model.catalog.DestinationCatalog;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Executor;
import javafx.scene.Scene;

/**
 * The wiring by hand: config, executors, connection, the features found by {@link ServiceLoader}
 * and the shell. The app and the UI tests build the console the same way.
 */
public final class Console implements AutoCloseable {
  private final ConnectViewModel connect;
  private final ShellView shell;

  private Console(ConnectViewModel connect, ShellView shell) {
    this.connect = connect;
    this.shell = shell;
  }

  /** Builds the console on the FX thread; nothing talks to a cluster before {@link #start()}. */
  public static Console assemble(ConsoleConfig config, Executor background, Executor ui) {
    return assemble(config, background, ui, null);
  }

  /**
   * The same, with the opener of web links (the app passes its HostServices; {@code null}: links
   * are only logged).
   */
  public static Console assemble(
      ConsoleConfig config,
      Executor background,
      Executor ui,
      java.util.function.Consumer<String> openLink) {
    Tasks tasks = new Tasks(background, ui, new Activity());
    ClusterConnector connector =
        new ClusterConnector(
            config.connectTimeout(), config.requestTimeout(), config.odigosNamespace());
    ConnectViewModel connect =
        new ConnectViewModel(tasks, config.kubeconfig(), connector::connect, config.lastContext());
    List<Feature> features =
        ServiceLoader.load(Feature.class).stream().map(ServiceLoader.Provider::get).toList();
    StartupTimeline.mark("features-found");
    FeatureContext context =
        openLink == null
            ? new FeatureContext(tasks, DestinationCatalog.defaultCatalog())
            : new FeatureContext(tasks, DestinationCatalog.defaultCatalog(), openLink);
    StartupTimeline.mark("catalog-ready");
    ShellView shell = new ShellView(connect, features, context);
    StartupTimeline.mark("shell-built");
    return new Console(connect, shell);
  }

  /** A scene of the given size with the stylesheet and shortcuts. */
  public Scene scene(double width, double height) {
    Scene scene = new Scene(shell.root(), width, height);
    shell.install(scene);
    return scene;
  }

  /** Reads the kubeconfig and connects the remembered context, in the background. */
  public void start() {
    connect.load();
  }

  public ConnectViewModel connect() {
    return connect;
  }

  public ShellView shell() {
    return shell;
  }

  @Override
  public void close() {
    connect.close();
  }
}
