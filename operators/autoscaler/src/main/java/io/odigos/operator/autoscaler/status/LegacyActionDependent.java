package io.odigos.operator.autoscaler.status;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.config.informer.InformerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependentResourceConfigBuilder;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.odigos.model.v1alpha1.Action;

/**
 * The Action a legacy action object owns. Its informer sees only the Actions made for this legacy
 * kind (by label), so an Action edited or deleted by hand is put back.
 */
final class LegacyActionDependent<L extends HasMetadata>
    extends CRUDKubernetesDependentResource<Action, L> {

  LegacyActionDependent(String legacyKind) {
    super(Action.class, "action");
    configureWith(
        new KubernetesDependentResourceConfigBuilder<Action>()
            .withKubernetesDependentInformerConfig(
                InformerConfiguration.builder(Action.class)
                    .withName("actions")
                    .withNamespacesInheritedFromController()
                    .withLabelSelector(LegacyActionDesired.LABEL + "=" + legacyKind)
                    .build())
            .build());
  }

  @Override
  protected Action desired(L legacy, Context<L> context) {
    return LegacyActionDesired.action(legacy);
  }

  @Override
  protected ResourceID targetSecondaryResourceID(L legacy, Context<L> context) {
    return new ResourceID(LegacyActionDesired.name(legacy), legacy.getMetadata().getNamespace());
  }
}
