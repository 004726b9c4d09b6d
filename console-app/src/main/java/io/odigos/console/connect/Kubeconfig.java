package io.odigos.console.connect;

import io.fabric8.kubernetes.api.model.NamedCluster;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's kubeconfig file: where it is ({@code KUBECONFIG}, else {@code ~/.kube/config}) and
 * which contexts it has. Reading is file I/O: call it from the background executor.
 *
 * @param path the file
 * @param contexts its contexts, in file order
 * @param currentContext its {@code current-context}, or {@code null}
 */
public record Kubeconfig(Path path, List<KubeContext> contexts, String currentContext) {

  /**
   * The file to use: the first existing entry of {@code KUBECONFIG} (a path list), else {@code
   * ~/.kube/config}.
   */
  public static Path locate(Map<String, String> env, Path home) {
    String list = env.get("KUBECONFIG");
    if (list != null && !list.isBlank()) {
      for (String entry : list.split(File.pathSeparator)) {
        if (!entry.isBlank() && Files.isRegularFile(Path.of(entry.strip()))) {
          return Path.of(entry.strip());
        }
      }
      return Path.of(list.split(File.pathSeparator)[0].strip());
    }
    return home.resolve(".kube").resolve("config");
  }

  /** Reads the contexts; a missing or unreadable file fails with a sentence naming it. */
  public static Kubeconfig read(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(
          "No kubeconfig at " + path + " (set KUBECONFIG or create ~/.kube/config)");
    }
    io.fabric8.kubernetes.api.model.Config parsed;
    try {
      parsed = KubeConfigUtils.parseConfig(path.toFile());
    } catch (RuntimeException e) {
      throw new IllegalStateException("Cannot read kubeconfig " + path + ": " + e.getMessage(), e);
    }
    List<NamedCluster> clusters = Optional.ofNullable(parsed.getClusters()).orElse(List.of());
    List<KubeContext> contexts =
        Optional.ofNullable(parsed.getContexts()).orElse(List.of()).stream()
            .filter(c -> c.getName() != null && c.getContext() != null)
            .map(c -> context(c, clusters))
            .toList();
    return new Kubeconfig(path, contexts, parsed.getCurrentContext());
  }

  private static KubeContext context(NamedContext named, List<NamedCluster> clusters) {
    String cluster = named.getContext().getCluster();
    String server =
        clusters.stream()
            .filter(c -> c.getName() != null && c.getName().equals(cluster))
            .findFirst()
            .map(c -> c.getCluster() == null ? null : c.getCluster().getServer())
            .orElse("");
    return new KubeContext(
        named.getName(), cluster, server == null ? "" : server, named.getContext().getNamespace());
  }
}
