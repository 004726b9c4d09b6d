package io.odigos.operator.autoscaler;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.javaoperatorsdk.operator.Operator;
import io.odigos.model.render.GatewayConfigRenderer;
import io.odigos.operator.autoscaler.collectors.CollectorsGroupReconciler;
import io.odigos.operator.autoscaler.collectors.GroupPlanner;
import io.odigos.operator.autoscaler.status.StatusReconcilers;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The autoscaler binary: wiring by hand, no container. */
public final class AutoscalerMain {

  private static final Logger LOG = LoggerFactory.getLogger(AutoscalerMain.class);

  private AutoscalerMain() {}

  public static void main(String[] args) {
    AutoscalerConfig config = AutoscalerConfig.fromEnvironment(System.getenv());
    Operator operator = start(new KubernetesClientBuilder().build(), config);
    Runtime.getRuntime().addShutdownHook(new Thread(operator::stop, "autoscaler-shutdown"));
  }

  /** Registers every autoscaler reconciler on the client and starts them. */
  public static Operator start(KubernetesClient client, AutoscalerConfig config) {
    Operator operator =
        new Operator(o -> o.withKubernetesClient(client).withCloseClientOnStop(true));
    operator.register(
        new CollectorsGroupReconciler(
            config, new GroupPlanner(new GatewayConfigRenderer()), Clock.systemUTC()),
        c -> c.settingNamespace(config.odigosNamespace()));
    StatusReconcilers.registerAll(operator, config);
    operator.start();
    LOG.info(
        "autoscaler started in namespace {} with collector image {}",
        config.odigosNamespace(),
        config.collectorImage());
    return operator;
  }
}
