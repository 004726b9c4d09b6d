package io.odigos.operator.autoscaler.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.Processor;
import io.odigos.model.v1alpha1.Sampling;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Action, Processor and Sampling conditions on a real API server. */
@WithRealApiServer
class PipelineStatusIT {
  private static final String TRANSFORMED = "TransformedToProcessor";

  private RunningStatusReconcilers running;

  @BeforeEach
  void start(ApiServer server) {
    running = new RunningStatusReconcilers(server, "pipeline-status");
  }

  @AfterEach
  void stop() {
    running.close();
  }

  @Test
  void actionsAreJudgedOneByOne() {
    create(
        Action.class,
        "two-payloads",
        """
          signals: [TRACES]
          deleteAttribute: {attributeNamesToDelete: [a]}
          renameAttribute: {renames: {b: c}}
        """);
    create(
        Action.class,
        "drop-auth",
        """
          signals: [TRACES, LOGS]
          deleteAttribute: {attributeNamesToDelete: [http.request.header.authorization]}
        """);
    create(
        Action.class,
        "keep-errors",
        """
          signals: [TRACES]
          samplers: {errorSampler: {fallback_sampling_ratio: 10}}
        """);
    create(
        Action.class,
        "bad-sampler",
        """
          signals: [TRACES]
          samplers: {probabilisticSampler: {sampling_percentage: "most"}}
        """);

    Condition two = running.awaitCondition(Action.class, "two-payloads", TRANSFORMED);
    assertThat(two.getStatus()).isEqualTo("False");
    assertThat(two.getReason()).isEqualTo("MultiplePayloads");
    assertThat(two.getMessage()).contains("deleteAttribute, renameAttribute");

    Condition drop = running.awaitCondition(Action.class, "drop-auth", TRANSFORMED);
    assertThat(drop.getStatus()).isEqualTo("True");
    assertThat(drop.getReason()).isEqualTo("ProcessorCreated");
    assertThat(drop.getMessage())
        .isEqualTo(
            "transform processor \"transform/drop-auth\" on the cluster gateway for TRACES, LOGS");

    Condition errors = running.awaitCondition(Action.class, "keep-errors", TRANSFORMED);
    assertThat(errors.getStatus()).isEqualTo("True");
    assertThat(errors.getMessage()).contains("tail_sampling");

    Condition bad = running.awaitCondition(Action.class, "bad-sampler", TRANSFORMED);
    assertThat(bad.getStatus()).isEqualTo("False");
    assertThat(bad.getReason()).isEqualTo("InvalidSampler");
  }

  @Test
  void anActionFixedByItsOwnerTurnsTrue() {
    create(Action.class, "fix-me", "  signals: [TRACES]\n");
    assertThat(running.awaitCondition(Action.class, "fix-me", TRANSFORMED).getReason())
        .isEqualTo("NoPayload");

    running
        .client
        .resources(Action.class)
        .inNamespace(running.namespace)
        .withName("fix-me")
        .edit(
            a -> {
              a.getSpec()
                  .setRenameAttribute(
                      new io.odigos.model.v1alpha1.RenameAttributeConfig(
                          java.util.Map.of("user_id", "enduser.id")));
              return a;
            });

    Condition fixed =
        running.awaitCondition(
            Action.class, "fix-me", TRANSFORMED, c -> c.getObservedGeneration() == 2L);
    assertThat(fixed.getStatus()).isEqualTo("True");
    assertThat(fixed.getMessage()).startsWith("transform processor \"transform/fix-me\"");
  }

  @Test
  void processorsAndSamplingsGetTheirConditions() {
    create(
        Processor.class,
        "drop-debug",
        """
          type: filter
          signals: [LOGS]
          collectorRoles: [CLUSTER_GATEWAY]
          orderHint: 5
          processorConfig: {error_mode: ignore}
        """);
    create(
        Processor.class,
        "no-type",
        "  type: \"Bad Type\"\n  signals: [LOGS]\n  collectorRoles: [CLUSTER_GATEWAY]\n  processorConfig: {}\n");
    create(
        Sampling.class,
        "shop",
        """
          noisyOperations:
            - {name: health, operation: {httpServer: {route: /healthz}}, percentageAtMost: 0}
        """);

    Condition processor =
        running.awaitCondition(Processor.class, "drop-debug", "ProcessorConfigured");
    assertThat(processor.getStatus()).isEqualTo("True");
    assertThat(processor.getMessage())
        .isEqualTo("filter processor \"filter/drop-debug\" on the cluster gateway for LOGS");

    Condition invalid = running.awaitCondition(Processor.class, "no-type", "ProcessorConfigured");
    assertThat(invalid.getStatus()).isEqualTo("False");
    assertThat(invalid.getReason()).isEqualTo("InvalidType");

    Condition sampling = running.awaitCondition(Sampling.class, "shop", "RulesApplied");
    assertThat(sampling.getStatus()).isEqualTo("True");
    assertThat(sampling.getMessage()).startsWith("1 noisy operation added");
  }

  private <R extends HasMetadata> void create(Class<R> type, String name, String spec) {
    R resource =
        Yamls.parse(
            type,
            "apiVersion: odigos.io/v1alpha1\nkind: "
                + type.getSimpleName()
                + "\nmetadata: {name: "
                + name
                + ", namespace: "
                + running.namespace
                + "}\nspec:\n"
                + spec);
    running.client.resources(type).inNamespace(running.namespace).resource(resource).create();
  }
}
