package io.odigos.operator.autoscaler.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.odigos.model.actions.v1alpha1.DeleteAttribute;
import io.odigos.model.actions.v1alpha1.LegacyActions;
import io.odigos.model.v1alpha1.Action;
import org.junit.jupiter.api.Test;

class LegacyActionDesiredTest {

  private static final String LEGACY =
      """
      apiVersion: actions.odigos.io/v1alpha1
      kind: DeleteAttribute
      metadata: {name: drop-auth, namespace: odigos-system, uid: 1234-abcd}
      spec:
        actionName: Drop auth headers
        signals: [TRACES]
        attributeNamesToDelete: [http.request.header.authorization]
      """;

  @Test
  void theActionIsNamedAfterKindAndNameAndControlledByTheLegacyObject() {
    DeleteAttribute legacy = Yamls.parse(DeleteAttribute.class, LEGACY);

    Action action = LegacyActionDesired.action(legacy);

    assertThat(action.getMetadata().getName()).isEqualTo("deleteattribute-drop-auth");
    assertThat(action.getMetadata().getNamespace()).isEqualTo("odigos-system");
    assertThat(action.getMetadata().getLabels())
        .containsExactlyEntriesOf(java.util.Map.of("odigos.io/legacy-action", "DeleteAttribute"));
    assertThat(action.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            ref -> {
              assertThat(ref.getApiVersion()).isEqualTo("actions.odigos.io/v1alpha1");
              assertThat(ref.getKind()).isEqualTo("DeleteAttribute");
              assertThat(ref.getName()).isEqualTo("drop-auth");
              assertThat(ref.getUid()).isEqualTo("1234-abcd");
              assertThat(ref.getController()).isTrue();
            });
    assertThat(action.getSpec().getDeleteAttribute().attributeNamesToDelete())
        .containsExactly("http.request.header.authorization");
    assertThat(action.getSpec().getActionName()).isEqualTo("Drop auth headers");
  }

  @Test
  void theSpecIsTheConvertersAndTheResultIsPure() {
    DeleteAttribute legacy = Yamls.parse(DeleteAttribute.class, LEGACY);

    Action first = LegacyActionDesired.action(legacy);
    Action second = LegacyActionDesired.action(legacy);

    assertThat(first).usingRecursiveComparison().isEqualTo(second);
    assertThat(first.getSpec())
        .usingRecursiveComparison()
        .isEqualTo(LegacyActions.toAction(legacy).getSpec());
  }

  @Test
  void aLegacyObjectWithoutSpecCannotBeConverted() {
    DeleteAttribute legacy =
        Yamls.parse(
            DeleteAttribute.class,
            "apiVersion: actions.odigos.io/v1alpha1\nkind: DeleteAttribute\n"
                + "metadata: {name: x, namespace: ns}\n");

    assertThatThrownBy(() -> LegacyActionDesired.action(legacy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no spec");
  }
}
