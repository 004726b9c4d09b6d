package io.odigos.operator.autoscaler.collectors.dependent;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.operator.autoscaler.collectors.desired.CollectorLabels;
import io.odigos.operator.autoscaler.collectors.desired.GatewayDesired;

/** The gateway Deployment. */
@KubernetesDependent(informer = @Informer(labelSelector = CollectorLabels.SELECTOR))
public class GatewayDeploymentDependent
    extends CRUDKubernetesDependentResource<Deployment, CollectorsGroup> {

  public GatewayDeploymentDependent() {
    super(Deployment.class);
  }

  @Override
  protected Deployment desired(CollectorsGroup primary, Context<CollectorsGroup> context) {
    return GatewayDesired.deployment(Plans.of(context));
  }
}
