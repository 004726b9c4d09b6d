package io.odigos.operator.autoscaler.status;

import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.odigos.model.v1alpha1.Processor;
import io.odigos.model.v1alpha1.ProcessorStatus;
import io.odigos.operator.support.Conditions.Desired;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets a Processor's {@value PipelineDiagnosis#PROCESSOR_TYPE} condition: whether it joins the
 * collectors' pipelines and, if not, why.
 */
@ControllerConfiguration(name = ProcessorStatusReconciler.NAME)
public final class ProcessorStatusReconciler implements Reconciler<Processor> {

  static final String NAME = "processor-status";
  private static final Logger log = LoggerFactory.getLogger(ProcessorStatusReconciler.class);

  private final Clock clock;

  ProcessorStatusReconciler(Clock clock) {
    this.clock = clock;
  }

  @Override
  public UpdateControl<Processor> reconcile(Processor processor, Context<Processor> context) {
    Desired desired;
    try {
      desired = PipelineDiagnosis.processor(processor);
    } catch (RuntimeException e) {
      log.warn("checking the processor failed", e);
      desired =
          Desired.isFalse(
              PipelineDiagnosis.PROCESSOR_TYPE,
              PipelineDiagnosis.CHECK_FAILED,
              "the processor could not be checked: " + e.getClass().getSimpleName());
    }
    return StatusUpdate.patchIfChanged(
        processor, desired, Processor::new, ProcessorStatus::new, clock.instant(), log);
  }
}
