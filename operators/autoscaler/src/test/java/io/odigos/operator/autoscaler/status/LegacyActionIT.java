package io.odigos.operator.autoscaler.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Condition;
import io.odigos.model.actions.v1alpha1.DeleteAttribute;
import io.odigos.model.actions.v1alpha1.ProbabilisticSampler;
import io.odigos.model.v1alpha1.Action;
import io.odigos.testbed.ApiServer;
import io.odigos.testbed.WithRealApiServer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Legacy actions.odigos.io objects kept as odigos.io Actions, on a real API server. */
@WithRealApiServer
class LegacyActionIT {
  private static final String TRANSFORMED = "TransformedToProcessor";
  private static final String ACTION = "deleteattribute-drop-auth";

  private RunningStatusReconcilers running;

  @BeforeEach
  void start(ApiServer server) {
    running = new RunningStatusReconcilers(server, "legacy-actions");
  }

  @AfterEach
  void stop() {
    running.close();
  }

  @Test
  void aLegacyDeleteAttributeIsKeptAsAnActionUntilItIsDeleted() {
    DeleteAttribute legacy =
        Yamls.parse(
            DeleteAttribute.class,
            """
            apiVersion: actions.odigos.io/v1alpha1
            kind: DeleteAttribute
            metadata: {name: drop-auth, namespace: %s}
            spec:
              actionName: Drop auth
              signals: [TRACES]
              attributeNamesToDelete: [http.request.header.authorization]
            """
                .formatted(running.namespace));
    var legacies = running.client.resources(DeleteAttribute.class).inNamespace(running.namespace);
    legacies.resource(legacy).create();

    Action action = awaitAction(a -> true);
    DeleteAttribute stored = legacies.withName("drop-auth").get();
    assertThat(action.getMetadata().getLabels())
        .containsEntry("odigos.io/legacy-action", "DeleteAttribute");
    assertThat(action.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            ref -> {
              assertThat(ref.getUid()).isEqualTo(stored.getMetadata().getUid());
              assertThat(ref.getKind()).isEqualTo("DeleteAttribute");
              assertThat(ref.getController()).isTrue();
            });
    assertThat(action.getSpec().getDeleteAttribute().attributeNamesToDelete())
        .containsExactly("http.request.header.authorization");
    assertThat(action.getSpec().getActionName()).isEqualTo("Drop auth");

    Condition onLegacy = running.awaitCondition(DeleteAttribute.class, "drop-auth", TRANSFORMED);
    assertThat(onLegacy.getStatus()).isEqualTo("True");
    assertThat(onLegacy.getReason()).isEqualTo("ProcessorCreated");
    assertThat(onLegacy.getMessage()).contains("transform/" + ACTION);
    Condition onAction = running.awaitCondition(Action.class, ACTION, TRANSFORMED);
    assertThat(onAction.getMessage()).isEqualTo(onLegacy.getMessage());

    legacies
        .withName("drop-auth")
        .edit(
            d -> {
              d.getSpec().setAttributeNamesToDelete(List.of("a", "b"));
              return d;
            });
    awaitAction(
        a -> a.getSpec().getDeleteAttribute().attributeNamesToDelete().equals(List.of("a", "b")));

    legacies
        .withName("drop-auth")
        .edit(
            d -> {
              d.getSpec().setAttributeNamesToDelete(List.of(""));
              return d;
            });
    Condition invalid =
        running.awaitCondition(
            DeleteAttribute.class, "drop-auth", TRANSFORMED, c -> "False".equals(c.getStatus()));
    assertThat(invalid.getReason()).isEqualTo("InvalidPayload");

    legacies.withName("drop-auth").delete();
    var actions = running.client.resources(Action.class).inNamespace(running.namespace);
    await().atMost(ApiServer.patience()).until(() -> actions.withName(ACTION).get() == null);
    await().atMost(ApiServer.patience()).until(() -> legacies.withName("drop-auth").get() == null);
  }

  @Test
  void anActionDeletedByHandComesBack() {
    ProbabilisticSampler legacy =
        Yamls.parse(
            ProbabilisticSampler.class,
            """
            apiVersion: actions.odigos.io/v1alpha1
            kind: ProbabilisticSampler
            metadata: {name: half, namespace: %s}
            spec:
              signals: [TRACES]
              sampling_percentage: "50"
            """
                .formatted(running.namespace));
    running
        .client
        .resources(ProbabilisticSampler.class)
        .inNamespace(running.namespace)
        .resource(legacy)
        .create();
    var actions = running.client.resources(Action.class).inNamespace(running.namespace);
    await()
        .atMost(ApiServer.patience())
        .until(() -> actions.withName("probabilisticsampler-half").get() != null);
    String uid = actions.withName("probabilisticsampler-half").get().getMetadata().getUid();

    actions.withName("probabilisticsampler-half").delete();

    await()
        .atMost(ApiServer.patience())
        .until(
            () -> {
              Action a = actions.withName("probabilisticsampler-half").get();
              return a != null && !a.getMetadata().getUid().equals(uid);
            });
    Condition c = running.awaitCondition(ProbabilisticSampler.class, "half", TRANSFORMED);
    assertThat(c.getStatus()).isEqualTo("True");
    assertThat(c.getMessage()).contains("probabilistic_sampler");
  }

  @Test
  void aLegacyObjectThatLosesItsSpecLosesItsAction() {
    DeleteAttribute legacy =
        Yamls.parse(
            DeleteAttribute.class,
            """
            apiVersion: actions.odigos.io/v1alpha1
            kind: DeleteAttribute
            metadata: {name: drop-auth, namespace: %s}
            spec: {signals: [LOGS], attributeNamesToDelete: [password]}
            """
                .formatted(running.namespace));
    var legacies = running.client.resources(DeleteAttribute.class).inNamespace(running.namespace);
    legacies.resource(legacy).create();
    awaitAction(a -> true);

    // the autoscaler writes the object's status meanwhile: an edit may meet a 409 and is retried
    await()
        .atMost(ApiServer.patience())
        .ignoreExceptionsMatching(
            e ->
                e instanceof io.fabric8.kubernetes.client.KubernetesClientException k
                    && k.getCode() == 409)
        .until(
            () ->
                legacies
                        .withName("drop-auth")
                        .edit(
                            d -> {
                              d.setSpec(null);
                              return d;
                            })
                    != null);

    Condition c =
        running.awaitCondition(
            DeleteAttribute.class, "drop-auth", TRANSFORMED, x -> "False".equals(x.getStatus()));
    assertThat(c.getReason()).isEqualTo("InvalidLegacyAction");
    assertThat(c.getMessage()).contains("has no spec");
    var actions = running.client.resources(Action.class).inNamespace(running.namespace);
    await().atMost(ApiServer.patience()).until(() -> actions.withName(ACTION).get() == null);
  }

  /** Waits for the Action to exist and match (a missing Action, null, never matches). */
  private Action awaitAction(java.util.function.Predicate<Action> matching) {
    var actions = running.client.resources(Action.class).inNamespace(running.namespace);
    return await()
        .atMost(ApiServer.patience())
        .until(() -> actions.withName(ACTION).get(), matching::test);
  }
}
