package io.odigos.model.render;

import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.Map;
import java.util.Set;

/**
 * A rendered gateway config and what it tells the operators: which destinations made it in, which
 * were rejected and why, which actions/processors/samplers were rejected and why, and the signals
 * the gateway receives (so the node collector sends only those).
 */
public record GatewayRender(
    String yaml,
    Set<String> configuredDestinations,
    Map<String, String> destinationErrors,
    Map<String, Rejection> actionErrors,
    Set<ObservabilitySignal> receiverSignals) {

  /** Why an Action, Processor or Sampling was left out: a condition reason and a message. */
  public record Rejection(String reason, String message) {}

  public GatewayRender {
    configuredDestinations = Set.copyOf(configuredDestinations);
    destinationErrors = Map.copyOf(destinationErrors);
    actionErrors = Map.copyOf(actionErrors);
    receiverSignals = Set.copyOf(receiverSignals);
  }
}
