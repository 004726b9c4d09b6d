package io.odigos.operator.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.javaoperatorsdk.operator.Operator;
import io.odigos.model.v1alpha1.PodWorkload;
import io.odigos.model.v1alpha1.Source;
import io.odigos.model.v1alpha1.SourceSpec;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A JOSDK reconciler against the real API server patches a Source's status condition, and keeps it
 * stable.
 */
@WithRealApiServer
class SourceStatusReconcilerIT {
  private Operator operator;
  private String namespace;

  @BeforeEach
  void startOperator(ApiServer server) {
    namespace = server.createNamespace("josdk");
    operator =
        new Operator(o -> o.withKubernetesClient(server.newClient()).withCloseClientOnStop(true));
    operator.register(
        new SourceObservedReconciler(Clock.systemUTC()), c -> c.settingNamespace(namespace));
    operator.start();
  }

  @AfterEach
  void stopOperator() {
    operator.stop();
  }

  @Test
  void reconcilerSetsTheConditionAndFollowsSpecChanges(ApiServer server) {
    var sources = server.client().resources(Source.class).inNamespace(namespace);
    Source source = new Source();
    source.setMetadata(
        new ObjectMetaBuilder().withName("deployment-checkout").withNamespace(namespace).build());
    SourceSpec spec = new SourceSpec();
    spec.setWorkload(new PodWorkload(namespace, "Deployment", "checkout"));
    source.setSpec(spec);
    sources.resource(source).create();

    Condition first = awaitObserved(server, 1L);
    assertThat(first.getStatus()).isEqualTo("True");
    assertThat(first.getReason()).isEqualTo("SourceObserved");
    assertThat(first.getMessage()).isEqualTo("workload Deployment/checkout observed");

    sources
        .withName("deployment-checkout")
        .edit(
            s -> {
              s.getSpec().setOtelServiceName("checkout-svc");
              return s;
            });
    Condition second = awaitObserved(server, 2L);
    assertThat(second.getLastTransitionTime())
        .as("status unchanged, so the transition time stays")
        .isEqualTo(first.getLastTransitionTime());
    Source stored = sources.withName("deployment-checkout").get();
    assertThat(stored.getStatus().getObservedGeneration()).isEqualTo(2L);
    assertThat(stored.getSpec().getOtelServiceName()).isEqualTo("checkout-svc");
  }

  private Condition awaitObserved(ApiServer server, long generation) {
    return await()
        .atMost(ApiServer.patience())
        .until(
            () -> {
              Source s =
                  server
                      .client()
                      .resources(Source.class)
                      .inNamespace(namespace)
                      .withName("deployment-checkout")
                      .get();
              return s.getStatus() == null
                  ? null
                  : s.getStatus()
                      .condition(SourceObservedReconciler.OBSERVED)
                      .filter(
                          c ->
                              c.getObservedGeneration() != null
                                  && c.getObservedGeneration() == generation)
                      .orElse(null);
            },
            c -> c != null);
  }
}
