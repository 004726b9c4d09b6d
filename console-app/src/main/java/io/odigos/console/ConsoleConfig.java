package io.odigos.console;

import io.odigos.console.connect.Kubeconfig;
import io.odigos.console.connect.LastContextStore;
import io.odigos.console.connect.PreferencesLastContextStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The console's settings, read once at start.
 *
 * @param kubeconfig the kubeconfig file ({@code KUBECONFIG}, else {@code ~/.kube/config})
 * @param odigosNamespace where Odigos lives ({@code ODIGOS_NAMESPACE}, default {@code
 *     odigos-system})
 * @param connectTimeout TCP/TLS connect timeout per request (a dead server fails this fast)
 * @param requestTimeout timeout of one API request
 * @param lastContext where the last used context is remembered
 */
public record ConsoleConfig(
    Path kubeconfig,
    String odigosNamespace,
    Duration connectTimeout,
    Duration requestTimeout,
    LastContextStore lastContext) {

  public static final String DEFAULT_NAMESPACE = "odigos-system";

  public static ConsoleConfig fromEnvironment() {
    Map<String, String> env = System.getenv();
    return new ConsoleConfig(
        Kubeconfig.locate(env, Path.of(System.getProperty("user.home"))),
        env.getOrDefault("ODIGOS_NAMESPACE", DEFAULT_NAMESPACE),
        Duration.ofSeconds(5),
        Duration.ofSeconds(15),
        PreferencesLastContextStore.forUser());
  }
}
