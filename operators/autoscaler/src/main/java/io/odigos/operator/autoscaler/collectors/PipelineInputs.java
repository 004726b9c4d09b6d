package io.odigos.operator.autoscaler.collectors;

import io.odigos.model.render.InstrumentedWorkload;
import io.odigos.model.render.RenderableDestination;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.Processor;
import io.odigos.model.v1alpha1.Sampling;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of what the collectors' configs depend on, taken from the informer caches.
 *
 * @param secretData per Secret referenced by a destination, its data: only ever hashed, so that a
 *     changed value rolls the gateway without the value going anywhere
 */
public record PipelineInputs(
    List<RenderableDestination> destinations,
    Map<String, Map<String, String>> secretData,
    List<Action> actions,
    List<Processor> processors,
    List<Sampling> samplings,
    List<InstrumentedWorkload> workloads) {}
