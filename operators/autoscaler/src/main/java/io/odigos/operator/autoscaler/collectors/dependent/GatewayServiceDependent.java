package io.odigos.operator.autoscaler.collectors.dependent;

import io.fabric8.kubernetes.api.model.Service;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.operator.autoscaler.collectors.desired.CollectorLabels;
import io.odigos.operator.autoscaler.collectors.desired.GatewayDesired;

/** The gateway Service the node collectors export to. */
@KubernetesDependent(informer = @Informer(labelSelector = CollectorLabels.SELECTOR))
public class GatewayServiceDependent
    extends CRUDKubernetesDependentResource<Service, CollectorsGroup> {

  public GatewayServiceDependent() {
    super(Service.class);
  }

  @Override
  protected Service desired(CollectorsGroup primary, Context<CollectorsGroup> context) {
    return GatewayDesired.service(primary);
  }
}
