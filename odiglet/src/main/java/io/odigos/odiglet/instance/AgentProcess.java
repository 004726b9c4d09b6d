package io.odigos.odiglet.instance;

import java.util.Map;

/**
 * A process that carries an Odigos agent, as the runtime inspection attributes it to a pod and
 * container.
 *
 * @param startTicks the process start time from {@code /proc/<pid>/stat}, so a reused pid is a new
 *     process
 */
public record AgentProcess(
    String namespace,
    String podName,
    String podUid,
    String containerName,
    int pid,
    long startTicks,
    String instrumentationConfig,
    Map<String, String> identifyingAttributes) {

  AgentObservation observed(java.time.Instant firstSeen, boolean exporting) {
    return new AgentObservation(
        namespace,
        podName,
        podUid,
        containerName,
        pid,
        instrumentationConfig,
        firstSeen,
        exporting,
        identifyingAttributes);
  }
}
