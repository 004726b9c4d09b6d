package io.odigos.operator.autoscaler.collectors.dependent;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.operator.autoscaler.collectors.desired.CollectorLabels;
import io.odigos.operator.autoscaler.collectors.desired.GatewayDesired;

/** The gateway's HorizontalPodAutoscaler (CPU and memory). */
@KubernetesDependent(informer = @Informer(labelSelector = CollectorLabels.SELECTOR))
public class GatewayHpaDependent
    extends CRUDKubernetesDependentResource<HorizontalPodAutoscaler, CollectorsGroup> {

  public GatewayHpaDependent() {
    super(HorizontalPodAutoscaler.class);
  }

  @Override
  protected HorizontalPodAutoscaler desired(
      CollectorsGroup primary, Context<CollectorsGroup> context) {
    return GatewayDesired.hpa(Plans.of(context));
  }
}
