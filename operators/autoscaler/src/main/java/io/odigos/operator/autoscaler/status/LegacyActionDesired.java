package io.odigos.operator.autoscaler.status;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.odigos.model.actions.v1alpha1.LegacyActions;
import io.odigos.model.v1alpha1.Action;
import java.util.Locale;

/**
 * The {@code odigos.io} Action that stands in for a legacy {@code actions.odigos.io} object: named
 * {@code <kind in lower case>-<legacy name>} (e.g. {@code deleteattribute-drop-auth}) in the same
 * namespace, controlled by the legacy object, labelled with its kind. Pure.
 */
final class LegacyActionDesired {

  /** Marks the Actions made from legacy objects; the value is the legacy kind. */
  static final String LABEL = "odigos.io/legacy-action";

  private LegacyActionDesired() {}

  static String name(HasMetadata legacy) {
    return legacy.getKind().toLowerCase(Locale.ROOT) + "-" + legacy.getMetadata().getName();
  }

  /**
   * The Action equivalent to {@code legacy}.
   *
   * @throws IllegalArgumentException when the legacy object cannot be converted (no spec)
   */
  static Action action(HasMetadata legacy) {
    Action converted = LegacyActions.toAction(legacy);
    Action action = new Action();
    action.setMetadata(
        new ObjectMetaBuilder()
            .withName(name(legacy))
            .withNamespace(legacy.getMetadata().getNamespace())
            .addToLabels(LABEL, legacy.getKind())
            .addToOwnerReferences(
                new OwnerReferenceBuilder()
                    .withApiVersion(legacy.getApiVersion())
                    .withKind(legacy.getKind())
                    .withName(legacy.getMetadata().getName())
                    .withUid(legacy.getMetadata().getUid())
                    .withController(true)
                    .build())
            .build());
    action.setSpec(converted.getSpec());
    return action;
  }
}
