package io.odigos.console.support;

import io.fabric8.kubernetes.api.model.NamedCluster;
import io.fabric8.kubernetes.api.model.NamedClusterBuilder;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.api.model.NamedContextBuilder;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import io.odigos.console.Console;
import io.odigos.console.ConsoleConfig;
import io.odigos.console.connect.LastContextStore;
import io.odigos.testbed.ApiServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The console as the app builds it (real executors, {@code Platform::runLater}), on a kubeconfig
 * written for the test's real API server, in a window of the test.
 */
public final class RunningConsole implements AutoCloseable {
  /** The unreachable server of the broken context. */
  public static final String DEAD_SERVER = "https://127.0.0.1:1";

  public static final String BROKEN_CONTEXT = "broken";

  private final ExecutorService background;
  private final Console console;

  private RunningConsole(Console console, ExecutorService background) {
    this.console = console;
    this.background = background;
  }

  /** Builds and shows the console; call on the FX thread (TestFX {@code @Start}). */
  public static RunningConsole show(Stage stage, Path kubeconfig, String odigosNamespace) {
    return show(stage, kubeconfig, odigosNamespace, null);
  }

  /** The same, with the opener of web links the app would get from its HostServices. */
  public static RunningConsole show(
      Stage stage,
      Path kubeconfig,
      String odigosNamespace,
      java.util.function.Consumer<String> openLink) {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    ConsoleConfig config =
        new ConsoleConfig(
            kubeconfig,
            odigosNamespace,
            Duration.ofSeconds(3),
            Duration.ofSeconds(10),
            LastContextStore.inMemory());
    Console console = Console.assemble(config, pool, Platform::runLater, openLink);
    RunningConsole running = new RunningConsole(console, pool);
    stage.setScene(console.scene(1280, 800));
    stage.show();
    console.start();
    return running;
  }

  public Console console() {
    return console;
  }

  /** The API server's kubeconfig in a file; its current context stays the good one. */
  public static Path kubeconfig(ApiServer api, Path dir) {
    return write(api, dir, false);
  }

  /**
   * The API server's context plus a context {@value #BROKEN_CONTEXT} on {@value #DEAD_SERVER},
   * which is the current one.
   */
  public static Path kubeconfigWithBrokenContext(ApiServer api, Path dir) {
    return write(api, dir, true);
  }

  /** The name of the API server's own context in its kubeconfig. */
  public static String goodContext(ApiServer api) {
    return KubeConfigUtils.parseConfigFromString(api.kubeconfigYaml()).getCurrentContext();
  }

  private static Path write(ApiServer api, Path dir, boolean withBroken) {
    var config = KubeConfigUtils.parseConfigFromString(api.kubeconfigYaml());
    if (withBroken) {
      NamedContext good =
          config.getContexts().stream()
              .filter(c -> c.getName().equals(config.getCurrentContext()))
              .findFirst()
              .orElseThrow();
      List<NamedCluster> clusters = new ArrayList<>(config.getClusters());
      clusters.add(
          new NamedClusterBuilder()
              .withName(BROKEN_CONTEXT)
              .withNewCluster()
              .withServer(DEAD_SERVER)
              .withInsecureSkipTlsVerify(true)
              .endCluster()
              .build());
      config.setClusters(clusters);
      List<NamedContext> contexts = new ArrayList<>(config.getContexts());
      contexts.add(
          new NamedContextBuilder()
              .withName(BROKEN_CONTEXT)
              .withNewContext()
              .withCluster(BROKEN_CONTEXT)
              .withUser(good.getContext().getUser())
              .endContext()
              .build());
      config.setContexts(contexts);
      config.setCurrentContext(BROKEN_CONTEXT);
    }
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(withBroken ? "kubeconfig-with-broken" : "kubeconfig");
      KubeConfigUtils.persistKubeConfigIntoFile(config, file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      Platform.runLater(console::close);
    } finally {
      background.shutdownNow();
    }
  }
}
