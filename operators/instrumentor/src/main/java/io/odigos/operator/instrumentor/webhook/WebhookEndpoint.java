package io.odigos.operator.instrumentor.webhook;

import io.fabric8.kubernetes.api.model.admissionregistration.v1.WebhookClientConfig;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.WebhookClientConfigBuilder;
import io.odigos.operator.instrumentor.InstrumentorConfig;

/** How the API server reaches the webhook: through its Service in the cluster, or loopback. */
public sealed interface WebhookEndpoint {
  /** The path the webhook serves. */
  String PATH = "/mutate-pods";

  /** The API server calls the Service {@code webhookServiceName} in the Odigos namespace. */
  static WebhookEndpoint inCluster() {
    return new ClusterService(443);
  }

  /**
   * The API server calls {@code https://127.0.0.1:<port>/mutate-pods}: for an instrumentor that
   * runs on the API server's host (development, tests).
   */
  static WebhookEndpoint loopback() {
    return new Loopback();
  }

  /** The client config of the webhook configuration, for a server listening on {@code port}. */
  WebhookClientConfig clientConfig(InstrumentorConfig config, int port, String caBundleBase64);

  /**
   * @param servicePort the Service's port, which forwards to {@code webhookPort}
   */
  record ClusterService(int servicePort) implements WebhookEndpoint {
    @Override
    public WebhookClientConfig clientConfig(InstrumentorConfig config, int port, String caBundle) {
      return new WebhookClientConfigBuilder()
          .withNewService()
          .withName(config.webhookServiceName())
          .withNamespace(config.odigosNamespace())
          .withPath(PATH)
          .withPort(servicePort)
          .endService()
          .withCaBundle(caBundle)
          .build();
    }

    @Override
    public String toString() {
      return "called through Service port " + servicePort;
    }
  }

  /** The API server and the webhook share a host. */
  record Loopback() implements WebhookEndpoint {
    @Override
    public WebhookClientConfig clientConfig(InstrumentorConfig config, int port, String caBundle) {
      return new WebhookClientConfigBuilder()
          .withUrl("https://127.0.0.1:" + port + PATH)
          .withCaBundle(caBundle)
          .build();
    }

    @Override
    public String toString() {
      return "called on loopback";
    }
  }
}
