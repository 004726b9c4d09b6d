package io.odigos.operator.instrumentor.webhook;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhookConfiguration;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.operator.instrumentor.InstrumentorConfig;
import io.odigos.operator.instrumentor.inject.PodInjector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pod mutating webhook: an HTTPS server with a certificate it makes itself, the {@code
 * odigos-pod-webhook} configuration pointing at it, and an informer cache of InstrumentationConfigs
 * that answers requests without calling the API server.
 */
public final class PodWebhook implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PodWebhook.class);

  private final HttpsServer server;
  private final ExecutorService executor;
  private final SharedIndexInformer<InstrumentationConfig> informer;
  private final AtomicBoolean closed = new AtomicBoolean();

  private PodWebhook(
      HttpsServer server,
      ExecutorService executor,
      SharedIndexInformer<InstrumentationConfig> informer) {
    this.server = server;
    this.executor = executor;
    this.informer = informer;
  }

  /** Starts with the default ignored containers. */
  public static PodWebhook start(
      KubernetesClient client, InstrumentorConfig config, WebhookEndpoint endpoint) {
    return start(client, config, endpoint, PodInjector.DEFAULT_IGNORED_CONTAINERS);
  }

  /**
   * Starts the cache and the server, then registers (or re-points) the webhook configuration. The
   * client stays the caller's.
   */
  public static PodWebhook start(
      KubernetesClient client,
      InstrumentorConfig config,
      WebhookEndpoint endpoint,
      Collection<String> ignoredContainers) {
    SharedIndexInformer<InstrumentationConfig> informer =
        client.resources(InstrumentationConfig.class).inAnyNamespace().inform();
    HttpsServer server;
    try {
      server = HttpsServer.create(new InetSocketAddress(config.webhookPort()), 0);
    } catch (IOException e) {
      informer.close();
      throw new UncheckedIOException("Cannot listen on port " + config.webhookPort(), e);
    }
    WebhookCertificates certificates =
        WebhookCertificates.generate(dnsNames(config), List.of("127.0.0.1"));
    server.setHttpsConfigurator(new HttpsConfigurator(certificates.sslContext()));
    KubernetesSerialization json = client.getKubernetesSerialization();
    ConfigLookup lookup =
        (namespace, name) ->
            Optional.ofNullable(informer.getStore().getByKey(namespace + "/" + name));
    PodMutator mutator = new PodMutator(lookup, new PodInjector(ignoredContainers), json);
    server.createContext(WebhookEndpoint.PATH, new MutatePodsHandler(mutator, json));
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    server.start();
    PodWebhook webhook = new PodWebhook(server, executor, informer);
    try {
      register(client, config, endpoint, webhook.port(), certificates.caPem());
    } catch (RuntimeException e) {
      webhook.close();
      throw e;
    }
    log.info("Pod webhook listening on port {} ({})", webhook.port(), endpoint);
    return webhook;
  }

  private static void register(
      KubernetesClient client,
      InstrumentorConfig config,
      WebhookEndpoint endpoint,
      int port,
      String caPem) {
    String caBundle = Base64.getEncoder().encodeToString(caPem.getBytes(StandardCharsets.US_ASCII));
    MutatingWebhookConfiguration desired =
        WebhookConfigurations.desired(config, endpoint.clientConfig(config, port, caBundle));
    client.resource(desired).fieldManager("odigos-instrumentor").forceConflicts().serverSideApply();
  }

  static List<String> dnsNames(InstrumentorConfig config) {
    String service = config.webhookServiceName();
    String ns = config.odigosNamespace();
    return List.of(
        service,
        service + "." + ns,
        service + "." + ns + ".svc",
        service + "." + ns + ".svc.cluster.local",
        "localhost");
  }

  /** The port the server listens on (the configured one, or the ephemeral one given for 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The config the webhook would use for a workload's pods now: for diagnostics and tests. */
  public Optional<InstrumentationConfig> cachedConfig(String namespace, String name) {
    return Optional.ofNullable(informer.getStore().getByKey(namespace + "/" + name));
  }

  /**
   * Stops serving; the webhook configuration stays, and with failurePolicy Ignore pods are created
   * without agents until the next start re-points it.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    server.stop(0);
    executor.close();
    informer.close();
    log.info("Pod webhook stopped");
  }
}
