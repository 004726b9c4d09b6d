package io.odigos.operator.autoscaler.collectors.dependent;

import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.operator.autoscaler.collectors.desired.CollectorLabels;
import io.odigos.operator.autoscaler.collectors.desired.NodeCollectorDesired;

/** The node collector DaemonSet. */
@KubernetesDependent(informer = @Informer(labelSelector = CollectorLabels.SELECTOR))
public class NodeDaemonSetDependent
    extends CRUDKubernetesDependentResource<DaemonSet, CollectorsGroup> {

  public NodeDaemonSetDependent() {
    super(DaemonSet.class);
  }

  @Override
  protected DaemonSet desired(CollectorsGroup primary, Context<CollectorsGroup> context) {
    return NodeCollectorDesired.daemonSet(Plans.of(context));
  }
}
