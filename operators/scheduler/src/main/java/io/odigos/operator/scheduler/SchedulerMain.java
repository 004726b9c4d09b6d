package io.odigos.operator.scheduler;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.javaoperatorsdk.operator.Operator;
import io.odigos.operator.scheduler.reconciler.CollectorsGroupsReconciler;
import io.odigos.operator.scheduler.reconciler.ConfigurationEvents;
import io.odigos.operator.scheduler.reconciler.EffectiveConfigReconciler;
import io.odigos.operator.scheduler.reconciler.OdigosNamespaceTrigger;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The scheduler binary: reads its configuration, wires the reconcilers by hand and runs them. */
public final class SchedulerMain {
  private static final Logger log = LoggerFactory.getLogger(SchedulerMain.class);

  private SchedulerMain() {}

  public static void main(String[] args) {
    SchedulerConfig config = SchedulerConfig.fromEnvironment(System.getenv());
    KubernetesClient client = new KubernetesClientBuilder().build();
    Operator operator =
        new Operator(o -> o.withKubernetesClient(client).withCloseClientOnStop(true));
    register(operator, config, Clock.systemUTC());
    operator.installShutdownHook(Duration.ofSeconds(10));
    operator.start();
    log.info("scheduler started for namespace {}", config.odigosNamespace());
  }

  /**
   * Registers the scheduler's reconcilers on {@code operator}; both are triggered by the Odigos
   * namespace only (see {@link OdigosNamespaceTrigger}).
   */
  public static void register(Operator operator, SchedulerConfig config, Clock clock) {
    String trigger = OdigosNamespaceTrigger.labelSelector(config.odigosNamespace());
    operator.register(
        new EffectiveConfigReconciler(config, new ConfigurationEvents(clock)),
        c -> c.withLabelSelector(trigger));
    operator.register(new CollectorsGroupsReconciler(config), c -> c.withLabelSelector(trigger));
  }
}
