package io.odigos.operator.instrumentor.agent;

import io.odigos.model.v1alpha1.AgentEnabledReason;
import io.odigos.model.v1alpha1.ContainerAgentConfig;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigSpec.ContainerOverride;
import io.odigos.model.v1alpha1.InstrumentationRule;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.model.v1alpha1.SdkConfig;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import io.odigos.operator.support.Conditions.Desired;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The agent part of one InstrumentationConfig as a pure function of the IC (runtime details in its
 * status, overrides in its spec), the Odigos settings, the pipeline and the rules: the
 * per-container decisions, their hash, the SDK settings and the two conditions this part owns.
 */
public final class AgentPlanner {
  public static final String MARKED_FOR_INSTRUMENTATION = "MarkedForInstrumentation";
  public static final String RUNTIME_DETECTION = "RuntimeDetection";
  public static final String AGENT_ENABLED = "AgentEnabled";

  /** Owned by the rollout part; read only to tell an image-pull rollback from a crash loop. */
  static final List<String> ROLLOUT_CONDITIONS = List.of("RollbackOccurred", "WorkloadRollout");

  private AgentPlanner() {}

  /**
   * What the IC should say.
   *
   * @param agentsMetaHash null when no container gets an agent
   */
  public record Plan(
      List<ContainerAgentConfig> containers,
      String agentsMetaHash,
      List<SdkConfig> sdkConfigs,
      Desired markedForInstrumentation,
      Desired runtimeDetection,
      Desired agentEnabled) {

    /** The conditions this part owns, in their logical order. */
    public List<Desired> conditions() {
      return List.of(markedForInstrumentation, runtimeDetection, agentEnabled);
    }
  }

  /**
   * @param rules valid rules only, in a stable order
   */
  public static Plan plan(
      InstrumentationConfig ic,
      WorkloadRef workload,
      Marking marking,
      EffectiveSettings settings,
      PipelineState pipeline,
      List<InstrumentationRule> rules) {
    List<RuntimeDetailsByContainer> detected =
        ic.getStatus() == null || ic.getStatus().getRuntimeDetailsByContainer() == null
            ? List.of()
            : ic.getStatus().getRuntimeDetailsByContainer();
    List<RuntimeDetailsByContainer> details = withOverrides(detected, ic);
    Optional<AgentEnabledReason> rollback = rollback(ic);
    List<ContainerAgentConfig> containers =
        details.stream()
            .filter(d -> d.getContainerName() != null)
            .map(d -> ContainerDecisions.decide(d, settings, pipeline, rollback))
            .toList();
    List<ProgrammingLanguage> languages =
        details.stream()
            .map(RuntimeDetailsByContainer::getLanguage)
            .filter(DistroSelector::hasDistro)
            .toList();
    return new Plan(
        containers,
        AgentsMetaHash.of(containers),
        RulesMerger.merge(rules, workload, languages),
        marking.condition(),
        runtimeDetection(detected),
        agentEnabled(containers, rollback));
  }

  /** The backoff reason when the rollout part rolled the workload back. */
  static Optional<AgentEnabledReason> rollback(InstrumentationConfig ic) {
    if (ic.getStatus() == null || !Boolean.TRUE.equals(ic.getStatus().getRollbackOccurred())) {
      return Optional.empty();
    }
    boolean imagePull =
        ROLLOUT_CONDITIONS.stream()
            .flatMap(type -> ic.getStatus().condition(type).stream())
            .anyMatch(c -> AgentEnabledReason.IMAGE_PULL_BACK_OFF.wireName().equals(c.getReason()));
    return Optional.of(
        imagePull
            ? AgentEnabledReason.IMAGE_PULL_BACK_OFF
            : AgentEnabledReason.CRASH_LOOP_BACK_OFF);
  }

  /**
   * Detected details with the Source's overrides applied: an override's runtime info replaces what
   * was detected for its container, and names containers the odiglet has not reported.
   */
  static List<RuntimeDetailsByContainer> withOverrides(
      List<RuntimeDetailsByContainer> detected, InstrumentationConfig ic) {
    List<ContainerOverride> overrides =
        ic.getSpec() == null || ic.getSpec().getContainersOverrides() == null
            ? List.of()
            : ic.getSpec().getContainersOverrides();
    Map<String, RuntimeDetailsByContainer> byName = new LinkedHashMap<>();
    detected.forEach(d -> byName.put(d.getContainerName(), d));
    for (ContainerOverride o : overrides) {
      if (o != null && o.containerName() != null && o.runtimeInfo() != null) {
        byName.put(o.containerName(), renamed(o.runtimeInfo(), o.containerName()));
      }
    }
    return new ArrayList<>(byName.values());
  }

  private static Desired runtimeDetection(List<RuntimeDetailsByContainer> detected) {
    if (detected.isEmpty()) {
      return Desired.isFalse(
          RUNTIME_DETECTION,
          AgentEnabledReason.WAITING_FOR_RUNTIME_INSPECTION.wireName(),
          "waiting for the odiglet to inspect a running pod of this workload");
    }
    String found =
        detected.stream()
            .map(
                d ->
                    d.getContainerName()
                        + ": "
                        + (d.getLanguage() == null ? "unknown" : d.getLanguage().wireName())
                        + (d.getRuntimeVersion() == null || d.getRuntimeVersion().isBlank()
                            ? ""
                            : " " + d.getRuntimeVersion().strip()))
            .collect(Collectors.joining("; "));
    return Desired.isTrue(RUNTIME_DETECTION, "DetectedSuccessfully", found);
  }

  private static Desired agentEnabled(
      List<ContainerAgentConfig> containers, Optional<AgentEnabledReason> rollback) {
    List<ContainerAgentConfig> enabled =
        containers.stream().filter(c -> Boolean.TRUE.equals(c.getAgentEnabled())).toList();
    if (!enabled.isEmpty()) {
      return Desired.isTrue(
          AGENT_ENABLED,
          AgentEnabledReason.ENABLED_SUCCESSFULLY.wireName(),
          "agent enabled in "
              + enabled.stream()
                  .map(c -> c.getContainerName() + " (" + c.getOtelDistroName() + ")")
                  .collect(Collectors.joining(", ")));
    }
    if (rollback.isPresent()) {
      return Desired.isFalse(
          AGENT_ENABLED,
          rollback.get().wireName(),
          "the workload's pods failed ("
              + rollback.get().wireName()
              + ") after the agent was added, so instrumentation was rolled back");
    }
    if (containers.isEmpty()) {
      return Desired.isFalse(
          AGENT_ENABLED,
          AgentEnabledReason.WAITING_FOR_RUNTIME_INSPECTION.wireName(),
          "no agent until the odiglet reports which runtime each container runs");
    }
    ContainerAgentConfig why = ContainerDecisions.mostRelevant(containers).orElseThrow();
    String message =
        containers.size() == 1
            ? why.getAgentEnabledMessage()
            : "container '" + why.getContainerName() + "': " + why.getAgentEnabledMessage();
    return Desired.isFalse(AGENT_ENABLED, why.getAgentEnabledReason().wireName(), message);
  }

  private static RuntimeDetailsByContainer renamed(RuntimeDetailsByContainer src, String name) {
    RuntimeDetailsByContainer copy = new RuntimeDetailsByContainer();
    copy.setContainerName(name);
    copy.setLanguage(src.getLanguage());
    copy.setRuntimeVersion(src.getRuntimeVersion());
    copy.setEnvVars(src.getEnvVars());
    copy.setEnvFromContainerRuntime(src.getEnvFromContainerRuntime());
    copy.setOtherAgent(src.getOtherAgent());
    copy.setLibCType(src.getLibCType());
    copy.setSecureExecutionMode(src.getSecureExecutionMode());
    copy.setCriErrorMessage(src.getCriErrorMessage());
    copy.setRuntimeUpdateState(src.getRuntimeUpdateState());
    return copy;
  }
}
