package io.odigos.odiglet.node;

import io.odigos.odiglet.ebpf.attach.GoAttachOutcome;
import io.odigos.odiglet.instance.AgentProcess;
import io.odigos.odiglet.instance.InstanceHealth;
import io.odigos.odiglet.instance.KnownHealthProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * The InstrumentationInstances the eBPF Go instrumentation's outcomes stand for: one per probed Go
 * process of a pod, healthy when its probes are attached, unhealthy with the outcome's reason code
 * and message otherwise (unsupported Go or library version, missing function, not a Go binary, eBPF
 * unavailable, attach failed). Pure.
 */
public final class GoInstances {
  /** The value of the instances' probe label. */
  public static final String PROBE = "ebpf-go";

  /** The telemetry distribution the instances' identifying attributes name. */
  public static final String DISTRO = "odigos-ebpf-go";

  private GoInstances() {}

  /**
   * @param wanted the Go processes the odiglet decided to probe
   * @param outcomes what probing each came to, by pid (a pid without one is not reported: the next
   *     pass has it)
   * @param startTicks a process's start time ({@code /proc/<pid>/stat}), to tell a reused pid
   */
  public static List<KnownHealthProcess> of(
      List<GoWorkloadProcess> wanted,
      Map<Integer, GoAttachOutcome> outcomes,
      ToLongFunction<Integer> startTicks) {
    List<KnownHealthProcess> out = new ArrayList<>();
    for (GoWorkloadProcess p : wanted) {
      GoAttachOutcome outcome = outcomes.get(p.pid());
      Optional<Placement.PodIdentity> pod = p.placement().pod();
      if (outcome == null || pod.isEmpty()) {
        continue; // host mode has no pod to own an instance
      }
      var c = p.placement().container();
      out.add(
          new KnownHealthProcess(
              new AgentProcess(
                  c.namespace(),
                  pod.get().name(),
                  pod.get().uid(),
                  c.containerName(),
                  p.pid(),
                  startTicks.applyAsLong(p.pid()),
                  c.instrumentationConfigName(),
                  identifying(p)),
              health(outcome),
              PROBE));
    }
    return out;
  }

  /** Healthy once probes are attached; else unhealthy with the outcome's reason and message. */
  public static InstanceHealth health(GoAttachOutcome outcome) {
    return new InstanceHealth(outcome.attached(), true, outcome.reason(), outcome.message());
  }

  static Map<String, String> identifying(GoWorkloadProcess p) {
    Map<String, String> a = new TreeMap<>();
    a.put("process.pid", Integer.toString(p.pid()));
    a.put("telemetry.sdk.language", "go");
    a.put("telemetry.distro.name", DISTRO);
    if (!p.runtimeVersion().isEmpty()) {
      a.put("process.runtime.name", "go");
      a.put(
          "process.runtime.version",
          p.runtimeVersion().startsWith("go") ? p.runtimeVersion() : "go" + p.runtimeVersion());
    }
    String service = p.target().resourceAttributes().get("service.name");
    if (service != null) {
      a.put("service.name", service);
    }
    var c = p.placement().container();
    a.put("k8s.namespace.name", c.namespace());
    a.put("k8s.container.name", c.containerName());
    p.placement().pod().ifPresent(pod -> a.put("k8s.pod.name", pod.name()));
    return a;
  }
}
