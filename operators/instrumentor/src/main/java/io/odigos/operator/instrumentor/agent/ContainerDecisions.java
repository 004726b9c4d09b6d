package io.odigos.operator.instrumentor.agent;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.odigos.model.v1alpha1.AgentEnabledReason;
import io.odigos.model.v1alpha1.ContainerAgentConfig;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The agent decision for one container, and which of several refusals matters most to a person.
 * Pure.
 *
 * <p>Checks run from the most to the least decisive: a rollback disables everything; an ignored
 * container is left alone whatever it runs; then what the container runs (language, version,
 * another agent); only a container that could take an agent waits for the pipeline.
 */
public final class ContainerDecisions {

  /**
   * Reasons from the most to the least useful to show for a workload with no agent: what a
   * container that will be instrumented is waiting for comes first, ignored sidecars last.
   */
  static final List<AgentEnabledReason> RELEVANCE =
      List.of(
          AgentEnabledReason.CRASH_LOOP_BACK_OFF,
          AgentEnabledReason.IMAGE_PULL_BACK_OFF,
          AgentEnabledReason.WAITING_FOR_NODE_COLLECTOR,
          AgentEnabledReason.NO_DESTINATION,
          AgentEnabledReason.NO_COLLECTED_SIGNALS,
          AgentEnabledReason.WAITING_FOR_RUNTIME_INSPECTION,
          AgentEnabledReason.OTHER_AGENT_DETECTED,
          AgentEnabledReason.INJECTION_CONFLICT,
          AgentEnabledReason.MISSING_DISTRO_PARAMETER,
          AgentEnabledReason.UNSUPPORTED_RUNTIME_VERSION,
          AgentEnabledReason.NO_AVAILABLE_AGENT,
          AgentEnabledReason.UNSUPPORTED_PROGRAMMING_LANGUAGE,
          AgentEnabledReason.RUNTIME_DETAILS_UNAVAILABLE,
          AgentEnabledReason.IGNORED_CONTAINER,
          AgentEnabledReason.ENABLED_SUCCESSFULLY);

  private ContainerDecisions() {}

  /**
   * @param rollback the backoff reason when the rollout part rolled this workload back, else empty
   */
  public static ContainerAgentConfig decide(
      RuntimeDetailsByContainer details,
      EffectiveSettings settings,
      PipelineState pipeline,
      Optional<AgentEnabledReason> rollback) {
    String name = details.getContainerName();
    if (rollback.isPresent()) {
      return disabled(
          name,
          rollback.get(),
          "the workload's pods failed ("
              + rollback.get().wireName()
              + ") after the agent was added, so instrumentation was rolled back");
    }
    if (settings.ignoresContainer(name)) {
      return disabled(
          name,
          AgentEnabledReason.IGNORED_CONTAINER,
          "container '" + name + "' is in ignoredContainers of the Odigos configuration");
    }
    if (details.getCriErrorMessage() != null && !details.getCriErrorMessage().isBlank()) {
      return disabled(
          name,
          AgentEnabledReason.RUNTIME_DETAILS_UNAVAILABLE,
          "the container runtime could not describe this container: "
              + details.getCriErrorMessage().strip());
    }
    String distro;
    switch (DistroSelector.select(details.getLanguage(), details.getRuntimeVersion())) {
      case DistroSelector.Rejected r -> {
        return disabled(name, r.reason(), r.message());
      }
      case DistroSelector.Supported s -> distro = s.distroName();
    }
    String otherAgent =
        details.getOtherAgent() == null || details.getOtherAgent().name() == null
            ? null
            : details.getOtherAgent().name();
    if (otherAgent != null && !settings.allowConcurrentAgents()) {
      return disabled(
          name,
          AgentEnabledReason.OTHER_AGENT_DETECTED,
          "another agent ("
              + otherAgent
              + ") already runs in this container; set allowConcurrentAgents in the Odigos"
              + " configuration to add "
              + distro
              + " anyway");
    }
    if (pipeline.blocked().isPresent()) {
      return disabled(name, pipeline.blocked().get().reason(), pipeline.blocked().get().message());
    }
    ContainerAgentConfig enabled = new ContainerAgentConfig();
    enabled.setContainerName(name);
    enabled.setAgentEnabled(true);
    enabled.setAgentEnabledReason(AgentEnabledReason.ENABLED_SUCCESSFULLY);
    enabled.setAgentEnabledMessage(
        otherAgent == null
            ? ""
            : "runs next to " + otherAgent + " because allowConcurrentAgents is set");
    enabled.setOtelDistroName(distro);
    JsonNodeFactory json = JsonNodeFactory.instance;
    for (ObservabilitySignal signal : pipeline.signals()) {
      switch (signal) {
        case TRACES -> enabled.setTraces(json.objectNode());
        case METRICS -> enabled.setMetrics(json.objectNode());
        case LOGS -> enabled.setLogs(json.objectNode());
        default -> {}
      }
    }
    return enabled;
  }

  /** The disabled container whose reason best explains a workload with no agent. */
  public static Optional<ContainerAgentConfig> mostRelevant(List<ContainerAgentConfig> containers) {
    return containers.stream()
        .filter(c -> !Boolean.TRUE.equals(c.getAgentEnabled()))
        .min(Comparator.comparingInt(c -> relevance(c.getAgentEnabledReason())));
  }

  private static int relevance(AgentEnabledReason reason) {
    int i = RELEVANCE.indexOf(reason);
    return i < 0 ? RELEVANCE.size() : i;
  }

  private static ContainerAgentConfig disabled(
      String name, AgentEnabledReason reason, String message) {
    ContainerAgentConfig c = new ContainerAgentConfig();
    c.setContainerName(name);
    c.setAgentEnabled(false);
    c.setAgentEnabledReason(reason);
    c.setAgentEnabledMessage(message);
    return c;
  }
}
