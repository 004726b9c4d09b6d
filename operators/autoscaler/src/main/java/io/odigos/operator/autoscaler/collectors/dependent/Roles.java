package io.odigos.operator.autoscaler.collectors.dependent;

import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.dependent.DependentResource;
import io.javaoperatorsdk.operator.processing.dependent.workflow.Condition;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.CollectorsGroupRole;

/** Workflow conditions: which objects a group gets depends on its role. */
public final class Roles {

  private Roles() {}

  static boolean is(CollectorsGroup group, CollectorsGroupRole role) {
    return group.getSpec() != null && group.getSpec().getRole() == role;
  }

  /** Deployment, Service and HPA exist for the gateway group only. */
  public static final class IsGateway implements Condition<Object, CollectorsGroup> {
    @Override
    public boolean isMet(
        DependentResource<Object, CollectorsGroup> dependent,
        CollectorsGroup primary,
        Context<CollectorsGroup> context) {
      return is(primary, CollectorsGroupRole.CLUSTER_GATEWAY);
    }
  }

  /** The DaemonSet exists for the node collector group only. */
  public static final class IsNodeCollector implements Condition<Object, CollectorsGroup> {
    @Override
    public boolean isMet(
        DependentResource<Object, CollectorsGroup> dependent,
        CollectorsGroup primary,
        Context<CollectorsGroup> context) {
      return is(primary, CollectorsGroupRole.NODE_COLLECTOR);
    }
  }
}
