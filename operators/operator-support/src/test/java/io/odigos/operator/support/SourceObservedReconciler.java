package io.odigos.operator.support;

import io.fabric8.kubernetes.api.model.Condition;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.odigos.model.v1alpha1.Source;
import io.odigos.model.v1alpha1.SourceStatus;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The smallest real reconciler: records on each Source that it saw the current generation of its
 * spec.
 */
@ControllerConfiguration(name = "source-observed")
class SourceObservedReconciler implements Reconciler<Source> {
  private static final Logger log = LoggerFactory.getLogger(SourceObservedReconciler.class);
  static final String OBSERVED = "Observed";
  private final Clock clock;

  SourceObservedReconciler(Clock clock) {
    this.clock = clock;
  }

  @Override
  public UpdateControl<Source> reconcile(Source source, Context<Source> context) {
    long generation = source.getMetadata().getGeneration();
    var workload = source.getSpec().getWorkload();
    var desired =
        Conditions.Desired.isTrue(
            OBSERVED,
            "SourceObserved",
            "workload " + workload.getKind() + "/" + workload.getName() + " observed");
    SourceStatus current = source.getStatus() == null ? new SourceStatus() : source.getStatus();
    List<Condition> conditions =
        Conditions.set(current.getConditions(), desired, generation, clock.instant());
    if (Conditions.same(current.getConditions(), conditions)
        && Long.valueOf(generation).equals(current.getObservedGeneration())) {
      return UpdateControl.noUpdate();
    }
    log.info(
        "observed generation {}",
        generation); // JOSDK puts the resource's namespace/name in the MDC
    SourceStatus status = new SourceStatus();
    status.setConditions(conditions);
    status.setObservedGeneration(generation);
    Source patch = new Source();
    patch.setMetadata(source.getMetadata());
    patch.setStatus(status);
    return UpdateControl.patchStatus(patch);
  }
}
