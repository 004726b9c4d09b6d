package io.odigos.operator.instrumentor.agent;

import io.odigos.model.v1alpha1.AgentEnabledReason;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Whether telemetry from an agent would reach anything: the node collector must be up and an
 * enabled Destination must exist. An agent is never enabled while it would only lose data.
 *
 * @param blocked why agents must wait, when they must
 * @param signals the signals agents send: those the node collector's receiver reports, or traces
 *     while it reports none
 */
public record PipelineState(Optional<Blocked> blocked, List<ObservabilitySignal> signals) {
  /** The CollectorsGroup of the node collectors, created by the scheduler. */
  public static final String NODE_COLLECTORS_GROUP = "odigos-data-collection";

  /** Why agents wait: a reason and a sentence for people. */
  public record Blocked(AgentEnabledReason reason, String message) {}

  public PipelineState {
    signals = List.copyOf(signals);
  }

  /** A pipeline that takes traces: for tests and for callers that do not gate. */
  public static PipelineState ready() {
    return new PipelineState(Optional.empty(), List.of(ObservabilitySignal.TRACES));
  }

  /**
   * @param nodeCollector the {@value #NODE_COLLECTORS_GROUP} group, null when it does not exist
   * @param destinations the Destinations in the Odigos namespace
   */
  public static PipelineState of(
      CollectorsGroup nodeCollector, Collection<Destination> destinations, String odigosNamespace) {
    List<ObservabilitySignal> reported =
        nodeCollector == null
                || nodeCollector.getStatus() == null
                || nodeCollector.getStatus().getReceiverSignals() == null
            ? List.of()
            : nodeCollector.getStatus().getReceiverSignals();
    List<ObservabilitySignal> signals =
        reported.isEmpty() ? List.of(ObservabilitySignal.TRACES) : reported;
    if (nodeCollector == null) {
      return blocked(
          AgentEnabledReason.WAITING_FOR_NODE_COLLECTOR,
          "the node collector (CollectorsGroup "
              + NODE_COLLECTORS_GROUP
              + " in "
              + odigosNamespace
              + ") does not exist yet; the scheduler creates it once a Destination exists and"
              + " the gateway is ready",
          signals);
    }
    if (nodeCollector.getStatus() == null || !nodeCollector.getStatus().readyNow()) {
      return blocked(
          AgentEnabledReason.WAITING_FOR_NODE_COLLECTOR,
          "the node collector (CollectorsGroup "
              + NODE_COLLECTORS_GROUP
              + " in "
              + odigosNamespace
              + ") is not ready yet",
          signals);
    }
    boolean anyEnabled =
        destinations.stream()
            .anyMatch(
                d ->
                    d.getMetadata().getDeletionTimestamp() == null
                        && d.getSpec() != null
                        && !Boolean.TRUE.equals(d.getSpec().getDisabled()));
    if (!anyEnabled) {
      return blocked(
          AgentEnabledReason.NO_DESTINATION,
          "no enabled Destination in "
              + odigosNamespace
              + "; agents start once telemetry has somewhere to go",
          signals);
    }
    return new PipelineState(Optional.empty(), signals);
  }

  private static PipelineState blocked(
      AgentEnabledReason reason, String message, List<ObservabilitySignal> signals) {
    return new PipelineState(Optional.of(new Blocked(reason, message)), signals);
  }
}
