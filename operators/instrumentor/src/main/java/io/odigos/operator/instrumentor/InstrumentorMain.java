package io.odigos.operator.instrumentor;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.javaoperatorsdk.operator.Operator;
import io.odigos.operator.instrumentor.rollout.RolloutReconcilers;
import io.odigos.operator.instrumentor.source.SourceReconcilers;
import io.odigos.operator.instrumentor.webhook.PodWebhook;
import io.odigos.operator.instrumentor.webhook.WebhookEndpoint;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The instrumentor binary, wired by hand: the Source/agent and rollout reconcilers and the pod
 * webhook. {@code ODIGOS_WEBHOOK_LOOPBACK=true} registers the webhook at 127.0.0.1 (an instrumentor
 * running on the API server's host) instead of its Service.
 */
public final class InstrumentorMain {

  private static final Logger LOG = LoggerFactory.getLogger(InstrumentorMain.class);

  private InstrumentorMain() {}

  public static void main(String[] args) {
    InstrumentorConfig config = InstrumentorConfig.fromEnvironment(System.getenv());
    KubernetesClient client = new KubernetesClientBuilder().build();
    boolean loopback = Boolean.parseBoolean(System.getenv("ODIGOS_WEBHOOK_LOOPBACK"));
    PodWebhook webhook =
        PodWebhook.start(
            client, config, loopback ? WebhookEndpoint.loopback() : WebhookEndpoint.inCluster());
    Operator operator =
        startReconcilers(new KubernetesClientBuilder().build(), config, Clock.systemUTC());
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  operator.stop();
                  webhook.close();
                  client.close();
                },
                "instrumentor-shutdown"));
    LOG.info("instrumentor started in namespace {}", config.odigosNamespace());
  }

  /** Registers and starts the reconcilers (the webhook is started on its own). */
  public static Operator startReconcilers(
      KubernetesClient client, InstrumentorConfig config, Clock clock) {
    Operator operator =
        new Operator(o -> o.withKubernetesClient(client).withCloseClientOnStop(true));
    SourceReconcilers.register(operator, config, clock);
    RolloutReconcilers.register(operator, config, clock);
    operator.start();
    return operator;
  }
}
