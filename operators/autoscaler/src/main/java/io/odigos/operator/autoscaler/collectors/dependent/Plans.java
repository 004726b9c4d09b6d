package io.odigos.operator.autoscaler.collectors.dependent;

import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.operator.autoscaler.collectors.desired.GroupPlan;

/** Hands the reconciliation's {@link GroupPlan} to the dependents through the JOSDK context. */
public final class Plans {

  private static final String KEY = "odigos.group-plan";

  private Plans() {}

  public static void put(Context<CollectorsGroup> context, GroupPlan plan) {
    context.managedWorkflowAndDependentResourceContext().put(KEY, plan);
  }

  static GroupPlan of(Context<CollectorsGroup> context) {
    return context.managedWorkflowAndDependentResourceContext().getMandatory(KEY, GroupPlan.class);
  }
}
