package io.odigos.odiglet.node;

import io.odigos.odiglet.inspect.proc.ProcFs;
import io.odigos.odiglet.instance.AgentProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Tells which placed processes carry an Odigos agent: one of the agent hooks the webhook sets
 * ({@code JAVA_TOOL_OPTIONS}, {@code NODE_OPTIONS}, {@code PYTHONPATH}) points into the agents
 * directory. Reads only those processes' environment.
 */
public final class AgentCarriers {
  static final List<String> HOOKS = List.of("JAVA_TOOL_OPTIONS", "NODE_OPTIONS", "PYTHONPATH");

  private final ProcFs proc;
  private final String agentsDir;

  /** {@code agentsDir}: the path processes see, e.g. {@code /var/odigos}. */
  public AgentCarriers(ProcFs proc, String agentsDir) {
    this.proc = proc;
    this.agentsDir = agentsDir.endsWith("/") ? agentsDir : agentsDir + "/";
  }

  /** The process as an agent process of its pod, when it carries the agent and has a pod. */
  public Optional<AgentProcess> agentProcess(int pid, Placement placement) {
    if (placement.pod().isEmpty()) {
      return Optional.empty(); // host mode: no pod to own an InstrumentationInstance
    }
    Map<String, String> environ;
    try {
      environ = proc.environ(pid);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // exited or unreadable: the next scan decides
    }
    if (!carriesAgent(environ, agentsDir)) {
      return Optional.empty();
    }
    var pod = placement.pod().get();
    var c = placement.container();
    Map<String, String> identifying = new TreeMap<>();
    identifying.put("process.pid", Integer.toString(pid));
    identifying.put("k8s.namespace.name", c.namespace());
    identifying.put("k8s.pod.name", pod.name());
    identifying.put("k8s.container.name", c.containerName());
    String service = environ.get("OTEL_SERVICE_NAME");
    if (service != null && !service.isBlank()) {
      identifying.put("service.name", service);
    }
    return Optional.of(
        new AgentProcess(
            c.namespace(),
            pod.name(),
            pod.uid(),
            c.containerName(),
            pid,
            startTicks(pid),
            c.instrumentationConfigName(),
            identifying));
  }

  static boolean carriesAgent(Map<String, String> environ, String agentsDir) {
    return HOOKS.stream().map(environ::get).anyMatch(v -> v != null && v.contains(agentsDir));
  }

  /**
   * Field 22 of {@code /proc/<pid>/stat}, after the parenthesised command name; 0 if unreadable.
   */
  public long startTicks(int pid) {
    try {
      String stat = Files.readString(proc.dir(pid).resolve("stat"));
      String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(rest[19]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
