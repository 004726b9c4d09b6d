package io.odigos.console.describe;

import java.time.Instant;
import java.util.List;

/**
 * Everything the console knows about one workload at one moment: its Sources, the conditions of its
 * InstrumentationConfig, its pods and whether they carry the agent, the env of one pod (values
 * masked), recent events and the agents' health reports.
 *
 * @param workloadFound false when the workload object is gone (or not yet read)
 * @param envPod the pod whose env is shown ("" when none: the template's env is shown)
 */
public record WorkloadStory(
    WorkloadKey workload,
    boolean workloadFound,
    List<SourceLine> sources,
    List<ConditionLine> conditions,
    List<PodLine> pods,
    String envPod,
    List<EnvLine> env,
    List<EventLine> events,
    List<InstanceLine> instances) {

  public WorkloadStory {
    sources = List.copyOf(sources);
    conditions = List.copyOf(conditions);
    pods = List.copyOf(pods);
    env = List.copyOf(env);
    events = List.copyOf(events);
    instances = List.copyOf(instances);
  }

  /** Nothing known yet. */
  public static WorkloadStory empty(WorkloadKey key) {
    return new WorkloadStory(
        key, false, List.of(), List.of(), List.of(), "", List.of(), List.of(), List.of());
  }

  /**
   * A Source that applies to the workload.
   *
   * @param scope "workload" or "namespace"
   * @param effect what it does, e.g. "instruments", "opts out"
   * @param applied its Applied condition in words, "" if none yet
   */
  public record SourceLine(String name, String scope, String effect, String applied) {}

  /** One condition of the InstrumentationConfig. */
  public record ConditionLine(
      String type, String status, String reason, String message, Instant since) {}

  /**
   * One pod of the workload.
   *
   * @param agent whether the webhook injected an agent into it
   */
  public record PodLine(String name, String phase, String node, boolean agent, String agentHash) {}

  /**
   * One environment variable of one container.
   *
   * @param value as shown: masked or a reference for secrets
   * @param injected true if the pod has it but the workload's template does not
   */
  public record EnvLine(String container, String name, String value, boolean injected) {}

  /** One Kubernetes event about the workload, its pods or its Odigos objects. */
  public record EventLine(
      Instant time, String type, String object, String reason, String message, int count) {}

  /** One agent's health report (an InstrumentationInstance). */
  public record InstanceLine(
      String pod, String container, String health, String reason, String message) {}
}
