package io.odigos.operator.autoscaler.status;

import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.odigos.model.render.GatewaySettings;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.ActionStatus;
import io.odigos.operator.support.Conditions.Desired;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets an Action's {@value PipelineDiagnosis#ACTION_TYPE} condition: whether it becomes collector
 * processors and, if not, why.
 */
@ControllerConfiguration(name = ActionStatusReconciler.NAME)
public final class ActionStatusReconciler implements Reconciler<Action> {

  static final String NAME = "action-status";
  private static final Logger log = LoggerFactory.getLogger(ActionStatusReconciler.class);

  private final GatewaySettings settings;
  private final Clock clock;

  ActionStatusReconciler(GatewaySettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public UpdateControl<Action> reconcile(Action action, Context<Action> context) {
    Desired desired;
    try {
      desired = PipelineDiagnosis.action(action, settings);
    } catch (RuntimeException e) {
      log.warn("checking the action failed", e);
      desired =
          Desired.isFalse(
              PipelineDiagnosis.ACTION_TYPE,
              PipelineDiagnosis.CHECK_FAILED,
              "the action could not be checked: " + e.getClass().getSimpleName());
    }
    return StatusUpdate.patchIfChanged(
        action, desired, Action::new, ActionStatus::new, clock.instant(), log);
  }
}
