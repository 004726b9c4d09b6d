package io.odigos.console.overview;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * API server proxy paths to a collector's own metrics, so that only a kubeconfig is needed: through
 * a Service port, or straight to one pod's port. Pure.
 */
public final class ProxyPaths {
  private ProxyPaths() {}

  public static String service(String namespace, String service, int port, String path) {
    return "/api/v1/namespaces/"
        + enc(namespace)
        + "/services/"
        + enc(service)
        + ":"
        + port
        + "/proxy"
        + path;
  }

  public static String pod(String namespace, String pod, int port, String path) {
    return "/api/v1/namespaces/"
        + enc(namespace)
        + "/pods/"
        + enc(pod)
        + ":"
        + port
        + "/proxy"
        + path;
  }

  private static String enc(String s) {
    if (s == null || s.isEmpty()) {
      throw new IllegalArgumentException("empty path segment");
    }
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
