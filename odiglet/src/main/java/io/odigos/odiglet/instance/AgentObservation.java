package io.odigos.odiglet.instance;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One process seen carrying an Odigos agent, in one container of one pod, during one scan.
 *
 * @param pid the process id on this node
 * @param podUid the pod's uid, for the owner reference (the instance goes with the pod)
 * @param instrumentationConfig the workload's InstrumentationConfig name, e.g. {@code
 *     deployment-checkout}
 * @param firstSeen when this process was first seen, to judge "never reported"
 * @param exporting whether it has opened its export connection to the node collector
 * @param identifyingAttributes resource attributes that identify the agent's telemetry
 */
public record AgentObservation(
    String namespace,
    String podName,
    String podUid,
    String containerName,
    int pid,
    String instrumentationConfig,
    Instant firstSeen,
    boolean exporting,
    Map<String, String> identifyingAttributes) {

  public AgentObservation {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(podName, "podName");
    Objects.requireNonNull(podUid, "podUid");
    Objects.requireNonNull(containerName, "containerName");
    Objects.requireNonNull(firstSeen, "firstSeen");
    identifyingAttributes = Map.copyOf(identifyingAttributes);
  }

  /** The instance's name: the pod's name and the pid, within the 253 characters of a name. */
  public String instanceName() {
    String suffix = "-" + pid;
    String pod =
        podName.length() + suffix.length() > 253
            ? podName.substring(0, 253 - suffix.length())
            : podName;
    return pod + suffix;
  }
}
