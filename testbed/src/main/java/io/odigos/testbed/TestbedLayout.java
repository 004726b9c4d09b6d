package io.odigos.testbed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the testbed's binaries are: the versioned cache that {@code testbed/install.sh} fills,
 * keyed by the versions pinned in {@code testbed/versions.env}. A missing binary is an error that
 * names the command that builds it; tests never skip because of one.
 */
public record TestbedLayout(Path repoRoot, Path cache, Map<String, String> versions) {

  /**
   * Finds the repository root from the working directory and the cache from {@code testbed.cache}
   * or the default.
   */
  public static TestbedLayout discover() {
    Path root = findRepoRoot(Path.of("").toAbsolutePath());
    String configured = System.getProperty("testbed.cache", System.getenv("TESTBED_CACHE"));
    Path cache =
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : Path.of(System.getProperty("user.home"), ".cache", "testbed");
    return new TestbedLayout(root, cache, readVersions(root.resolve("testbed/versions.env")));
  }

  static Path findRepoRoot(Path start) {
    for (Path p = start; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("testbed/versions.env"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "No testbed/versions.env above " + start + ": run the tests from the repository");
  }

  static Map<String, String> readVersions(Path file) {
    try {
      Map<String, String> versions = new LinkedHashMap<>();
      for (String line : Files.readAllLines(file)) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#") || !l.contains("=")) {
          continue;
        }
        versions.put(
            l.substring(0, l.indexOf('=')).strip(), l.substring(l.indexOf('=') + 1).strip());
      }
      return Map.copyOf(versions);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String version(String key) {
    String v = versions.get(key);
    if (v == null) {
      throw new IllegalStateException(key + " is not set in testbed/versions.env");
    }
    return v;
  }

  public String kubernetesVersion() {
    return version("K8S_VERSION");
  }

  /** kube-apiserver, kubectl, kube-controller-manager or kube-scheduler. */
  public Path kubeBinary(String name) {
    return requireExecutable(
        cache.resolve("k8s-" + kubernetesVersion()).resolve("bin").resolve(name), "k8s");
  }

  public Path etcd() {
    return requireExecutable(
        cache.resolve("etcd-" + version("ETCD_VERSION")).resolve("bin/etcd"), "etcd");
  }

  /**
   * The directory laid out as fabric8 kube-api-test expects: {@code
   * k8s/<version>-linux-amd64/{etcd,...}}.
   */
  public Path kubeApiTestDir() {
    kubeBinary("kube-apiserver");
    kubeBinary("kubectl");
    etcd();
    Path dir = cache.resolve("kubeapitest");
    Path platform = dir.resolve("k8s").resolve(kubernetesVersion() + "-linux-amd64");
    for (String b : new String[] {"kube-apiserver", "kubectl", "etcd"}) {
      requireExecutable(platform.resolve(b), "k8s etcd");
    }
    return dir;
  }

  /** The OpenTelemetry Collector built from {@code testbed/otelcol/builder-config.yaml.tmpl}. */
  public Path otelcol() {
    return requireExecutable(otelcolDir().resolve("otelcol-testbed"), "otelcol");
  }

  /**
   * Same key as install.sh: the collector version plus a hash of the component list, so a new list
   * means a rebuild.
   */
  Path otelcolDir() {
    try {
      String template =
          Files.readString(repoRoot.resolve("testbed/otelcol/builder-config.yaml.tmpl"));
      String config =
          template
              .replace("@V@", version("OTELCOL_VERSION"))
              .replace("@P@", version("OTELCOL_PROVIDERS_VERSION"));
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(config.getBytes(StandardCharsets.UTF_8));
      String hash = HexFormat.of().formatHex(digest).substring(0, 10);
      return cache.resolve("otelcol-" + version("OTELCOL_VERSION") + "-" + hash);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The CRDs the build generated and approved into the Helm chart. */
  public Path crdDirectory() {
    return repoRoot.resolve("helm/odigos/crds");
  }

  private Path requireExecutable(Path path, String installArgs) {
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException(
          "Missing testbed binary "
              + path
              + ". Build it with: "
              + repoRoot.resolve("testbed/install.sh")
              + " "
              + installArgs);
    }
    return path;
  }
}
