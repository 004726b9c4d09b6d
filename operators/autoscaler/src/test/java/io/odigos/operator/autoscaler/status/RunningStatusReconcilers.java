package io.odigos.operator.autoscaler.status;

import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.odigos.model.v1alpha1.OdigosStatus;
import io.odigos.operator.autoscaler.AutoscalerConfig;
import io.odigos.testbed.ApiServer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/**
 * The status reconcilers of one test, running against the real API server with a fresh namespace as
 * the Odigos namespace, and everything they (and JOSDK, and the client) log, captured.
 */
final class RunningStatusReconcilers implements AutoCloseable {

  final String namespace;
  final KubernetesClient client;
  private final Operator operator;
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  RunningStatusReconcilers(ApiServer server, String prefix) {
    logs.start();
    root.addAppender(logs);
    namespace = server.createNamespace(prefix);
    client = server.client();
    operator =
        new Operator(o -> o.withKubernetesClient(server.newClient()).withCloseClientOnStop(true));
    StatusReconcilers.registerAll(
        operator, new AutoscalerConfig(namespace, AutoscalerConfig.DEFAULT_IMAGE, "v0.0.0-it"));
    operator.start();
  }

  /** Waits until the resource has the condition for its current generation, and returns it. */
  <R extends CustomResource<?, ? extends OdigosStatus>> Condition awaitCondition(
      Class<R> type, String name, String conditionType) {
    return awaitCondition(type, name, conditionType, c -> true);
  }

  /** Waits until the condition of the current generation matches, and returns it. */
  <R extends CustomResource<?, ? extends OdigosStatus>> Condition awaitCondition(
      Class<R> type, String name, String conditionType, Predicate<Condition> matching) {
    return await()
        .atMost(ApiServer.patience())
        .until(
            () -> {
              R r = client.resources(type).inNamespace(namespace).withName(name).get();
              if (r == null || r.getStatus() == null) {
                return null;
              }
              Long generation = r.getMetadata().getGeneration();
              return r.getStatus()
                  .condition(conditionType)
                  .filter(c -> generation == null || generation.equals(c.getObservedGeneration()))
                  .orElse(null);
            },
            c -> c != null && matching.test(c));
  }

  /** Every message logged so far, with the messages of logged exceptions. */
  List<String> loggedText() {
    List<String> text = new ArrayList<>();
    for (ILoggingEvent e : List.copyOf(logs.list)) {
      text.add(e.getFormattedMessage());
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        text.add(String.valueOf(t.getMessage()));
      }
    }
    return text;
  }

  @Override
  public void close() {
    try {
      operator.stop();
    } finally {
      root.detachAppender(logs);
      logs.stop();
    }
  }
}
