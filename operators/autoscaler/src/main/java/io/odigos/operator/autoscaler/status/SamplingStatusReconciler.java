package io.odigos.operator.autoscaler.status;

import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.odigos.model.render.GatewaySettings;
import io.odigos.model.v1alpha1.Sampling;
import io.odigos.model.v1alpha1.SamplingStatus;
import io.odigos.operator.support.Conditions.Desired;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets a Sampling's {@value PipelineDiagnosis#SAMPLING_TYPE} condition: whether its rules join the
 * gateway's tail sampling and, if not, why.
 */
@ControllerConfiguration(name = SamplingStatusReconciler.NAME)
public final class SamplingStatusReconciler implements Reconciler<Sampling> {

  static final String NAME = "sampling-status";
  private static final Logger log = LoggerFactory.getLogger(SamplingStatusReconciler.class);

  private final GatewaySettings settings;
  private final Clock clock;

  SamplingStatusReconciler(GatewaySettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public UpdateControl<Sampling> reconcile(Sampling sampling, Context<Sampling> context) {
    Desired desired;
    try {
      desired = PipelineDiagnosis.sampling(sampling, settings);
    } catch (RuntimeException e) {
      log.warn("checking the sampling failed", e);
      desired =
          Desired.isFalse(
              PipelineDiagnosis.SAMPLING_TYPE,
              PipelineDiagnosis.CHECK_FAILED,
              "the sampling could not be checked: " + e.getClass().getSimpleName());
    }
    return StatusUpdate.patchIfChanged(
        sampling, desired, Sampling::new, SamplingStatus::new, clock.instant(), log);
  }
}
