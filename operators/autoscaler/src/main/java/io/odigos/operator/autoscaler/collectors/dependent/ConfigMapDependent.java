package io.odigos.operator.autoscaler.collectors.dependent;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.operator.autoscaler.collectors.desired.CollectorLabels;
import io.odigos.operator.autoscaler.collectors.desired.ConfigMapDesired;

/** The group's rendered collector config. */
@KubernetesDependent(informer = @Informer(labelSelector = CollectorLabels.SELECTOR))
public class ConfigMapDependent
    extends CRUDKubernetesDependentResource<ConfigMap, CollectorsGroup> {

  public ConfigMapDependent() {
    super(ConfigMap.class);
  }

  @Override
  protected ConfigMap desired(CollectorsGroup primary, Context<CollectorsGroup> context) {
    return ConfigMapDesired.build(primary, Plans.of(context).configYaml());
  }
}
