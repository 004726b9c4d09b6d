package io.odigos.model.render.action;

import io.odigos.model.v1alpha1.CollectorsGroupRole;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;

/**
 * One collector processor derived from an Action or a Processor CR: its component id (e.g. {@code
 * transform/delete-pii-headers}), its config, the signals whose pipelines it joins, where it goes
 * (gateway or node collector) and its place in the chain.
 */
public record ProcessorDefinition(
    String id,
    Map<String, Object> config,
    Set<ObservabilitySignal> signals,
    CollectorsGroupRole role,
    int orderHint) {

  /** Lower order hints run first; ties break on the id so the rendering is stable. */
  public static final Comparator<ProcessorDefinition> CHAIN_ORDER =
      Comparator.comparingInt(ProcessorDefinition::orderHint)
          .thenComparing(ProcessorDefinition::id);

  public ProcessorDefinition {
    signals = Set.copyOf(signals);
  }

  public boolean appliesTo(ObservabilitySignal signal) {
    return signals.contains(signal);
  }
}
