package io.odigos.console.destinations.connection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tests an OTLP HTTP endpoint that resolves only inside the cluster ({@code name.ns.svc}) through
 * the API server's service proxy, with the user's kubeconfig: the same empty export, posted to
 * {@code /api/v1/namespaces/<ns>/services/[https:]<name>:<port>/proxy/v1/traces}. The API server
 * authenticates with its own {@code Authorization}; the destination's other headers are forwarded.
 */
public final class ClusterProxyTester implements ConnectionTester {
  private static final Logger log = LoggerFactory.getLogger(ClusterProxyTester.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KubernetesClient client;
  private final Duration timeout;

  public ClusterProxyTester(KubernetesClient client, Duration timeout) {
    this.client = client;
    this.timeout = timeout;
  }

  /** The proxy path of an in-cluster target. Pure. */
  static String proxyPath(ConnectionTarget target, ConnectionTarget.ClusterService service) {
    return "/api/v1/namespaces/"
        + enc(service.namespace())
        + "/services/"
        + (target.https() ? "https:" : "")
        + enc(service.name())
        + ":"
        + service.port()
        + "/proxy"
        + target.path();
  }

  @Override
  public ConnectionResult test(ConnectionTarget target) {
    var service = target.clusterService().orElseThrow();
    String path = proxyPath(target, service);
    log.info("Testing the connection through the API server: {} ({})", target.describe(), path);
    String master = client.getMasterUrl().toString();
    String url = (master.endsWith("/") ? master.substring(0, master.length() - 1) : master) + path;
    // a client of its own with no retries: a 503 from the proxy is an answer, not a reason to retry
    try (KubernetesClient once =
        new KubernetesClientBuilder()
            .withConfig(
                new ConfigBuilder(client.getConfiguration())
                    .withRequestRetryBackoffLimit(0)
                    .build())
            .build()) {
      return send(once.getHttpClient(), url, target, service);
    }
  }

  private ConnectionResult send(
      HttpClient http,
      String url,
      ConnectionTarget target,
      ConnectionTarget.ClusterService service) {
    long start = System.nanoTime();
    HttpRequest.Builder req =
        http.newHttpRequestBuilder().uri(url).post("application/x-protobuf", new byte[0]);
    target
        .headers()
        .forEach(
            (k, v) -> {
              if (!k.equalsIgnoreCase("Authorization")) {
                req.header(k, v);
              }
            });
    try {
      HttpResponse<String> resp =
          http.sendAsync(req.build(), String.class).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      String body = resp.body();
      String proxyError = apiServerStatus(body);
      if (proxyError != null) { // the API server's own answer, not the receiver's
        return ConnectionResult.failure(
            "The API server could not reach "
                + service.name()
                + "."
                + service.namespace()
                + ":"
                + service.port()
                + ": "
                + target.redact(proxyError),
            took);
      }
      ConnectionResult r = HttpAnswers.of(target, resp.code(), body, took);
      return new ConnectionResult(
          r.ok(), r.message() + " — through the API server's service proxy", r.latency());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ConnectionResult.failure("The test was interrupted");
    } catch (TimeoutException e) {
      return ConnectionResult.failure(
          "No answer through the API server within " + timeout.toSeconds() + " s");
    } catch (ExecutionException | RuntimeException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      return ConnectionResult.failure(
          "Cannot reach the API server: " + target.redact(String.valueOf(cause.getMessage())));
    }
  }

  /** The message of a Kubernetes {@code Status} body (the proxy's own error), else null. */
  private static String apiServerStatus(String body) {
    if (body == null || !body.strip().startsWith("{")) {
      return null;
    }
    try {
      JsonNode n = JSON.readTree(body);
      return "Status".equals(n.path("kind").asText()) ? n.path("message").asText(null) : null;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
