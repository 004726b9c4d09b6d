package io.odigos.console.forms;

import io.odigos.model.render.RenderableDestination;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.Processor;
import io.odigos.model.v1alpha1.Sampling;
import java.util.List;

/**
 * What the gateway config is rendered from, as read from the cluster just now (the autoscaler's
 * PipelineInputs, without Secret values: only their keys are needed to render).
 */
public record PipelineSnapshot(
    List<RenderableDestination> destinations,
    List<Action> actions,
    List<Processor> processors,
    List<Sampling> samplings) {
  public PipelineSnapshot {
    destinations = List.copyOf(destinations);
    actions = List.copyOf(actions);
    processors = List.copyOf(processors);
    samplings = List.copyOf(samplings);
  }
}
