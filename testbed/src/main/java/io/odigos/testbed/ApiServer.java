package io.odigos.testbed;

import io.fabric8.kubeapitest.KubeAPIServer;
import io.fabric8.kubeapitest.KubeAPIServerConfigBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real kube-apiserver backed by a real etcd, both started from the testbed binaries on loopback,
 * with the Odigos CRDs installed and established. Started once and shared (see {@link
 * RealApiServerExtension}); tests isolate themselves by namespace.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ApiServer.class);
  private static final AtomicInteger namespaces = new AtomicInteger();

  private final KubeAPIServer server;
  private final String kubeconfigYaml;
  private final KubernetesClient client;
  private final String gitVersion;
  private final List<String> crdNames;

  private ApiServer(
      KubeAPIServer server,
      String kubeconfigYaml,
      KubernetesClient client,
      String gitVersion,
      List<String> crdNames) {
    this.server = server;
    this.kubeconfigYaml = kubeconfigYaml;
    this.client = client;
    this.gitVersion = gitVersion;
    this.crdNames = crdNames;
  }

  /** Starts a server and installs the approved Odigos CRDs from the Helm chart. */
  public static ApiServer start(TestbedLayout layout) {
    return start(layout, true);
  }

  /**
   * Starts a server with no Odigos CRDs, for tests that install them their own way (e.g. with
   * Helm).
   */
  public static ApiServer startWithoutCrds(TestbedLayout layout) {
    return start(layout, false);
  }

  private static ApiServer start(TestbedLayout layout, boolean withCrds) {
    long t0 = System.nanoTime();
    var config =
        KubeAPIServerConfigBuilder.anAPIServerConfig()
            .withTestDir(layout.kubeApiTestDir().toString())
            .withApiServerVersion(layout.kubernetesVersion())
            .withOfflineMode(true)
            .withUpdateKubeConfig(false)
            .withApiServerFlag("--bind-address", "127.0.0.1")
            .withStartupTimeout(180_000)
            .build();
    KubeAPIServer server = new KubeAPIServer(config);
    server.start();
    String kubeconfig = server.getKubeConfigYaml();
    KubernetesClient client =
        new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(kubeconfig)).build();
    String version = client.getKubernetesVersion().getGitVersion();
    List<String> crds = withCrds ? installCrds(client, layout.crdDirectory()) : List.of();
    log.info(
        "Real kube-apiserver {} up at {} in {} ms with {} Odigos CRDs",
        version,
        client.getMasterUrl(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0),
        crds.size());
    return new ApiServer(server, kubeconfig, client, version, crds);
  }

  private static List<String> installCrds(KubernetesClient client, Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the CRDs in " + dir, e);
    }
    if (files.isEmpty()) {
      throw new IllegalStateException(
          "No CRDs in " + dir + ": build shared-model first (mvn -pl shared-model package)");
    }
    var crdApi = client.apiextensions().v1().customResourceDefinitions();
    List<String> names =
        files.stream()
            .map(f -> crdApi.load(f.toFile()).item())
            .map(crd -> crdApi.resource(crd).serverSideApply())
            .map(crd -> crd.getMetadata().getName())
            .toList();
    for (String name : names) {
      crdApi.withName(name).waitUntilCondition(ApiServer::established, 60, TimeUnit.SECONDS);
    }
    return names;
  }

  /** True once the API server serves the CRD's resources. */
  public static boolean established(CustomResourceDefinition crd) {
    return crd != null
        && crd.getStatus() != null
        && crd.getStatus().getConditions().stream()
            .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  /** A client shared by all tests of this server. */
  public KubernetesClient client() {
    return client;
  }

  /** A client of its own, for code under test that closes what it is given. */
  public KubernetesClient newClient() {
    return new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(kubeconfigYaml)).build();
  }

  public String kubeconfigYaml() {
    return kubeconfigYaml;
  }

  /** The server's own {@code /version}, e.g. {@code v1.34.4}. */
  public String gitVersion() {
    return gitVersion;
  }

  public List<String> crdNames() {
    return crdNames;
  }

  /** Creates a fresh namespace whose name starts with the prefix (lowercase letters and dashes). */
  public String createNamespace(String prefix) {
    String name =
        prefix
            + "-"
            + namespaces.incrementAndGet()
            + "-"
            + Long.toString(System.nanoTime() % 100_000, 36);
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
        .create();
    return name;
  }

  /** How long a test should wait for the server to act on something. */
  public static Duration patience() {
    return Duration.ofSeconds(30);
  }

  @Override
  public void close() {
    client.close();
    server.stop();
    log.info("Real kube-apiserver stopped");
  }
}
