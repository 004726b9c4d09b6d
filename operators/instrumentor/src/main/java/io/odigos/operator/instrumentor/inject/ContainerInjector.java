package io.odigos.operator.instrumentor.inject;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer.EnvVar;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer.LibCType;
import io.odigos.operator.instrumentor.inject.Conflict.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Adds one agent to one container: its environment, the common OTEL variables, the device. */
final class ContainerInjector {
  static final String POD_NAME_VAR = "ODIGOS_POD_NAME";
  static final String NAMESPACE_VAR = "ODIGOS_NAMESPACE";
  static final String NODE_IP_VAR = "ODIGOS_NODE_IP";

  private ContainerInjector() {}

  /** Mutates the container; adds to {@code conflicts} what it could not do cleanly. */
  static void inject(
      Container c,
      Distro distro,
      String distroName,
      Map<String, String> distroParams,
      RuntimeDetailsByContainer details,
      PodContext pod,
      List<Conflict> conflicts) {
    EnvEditor env = new EnvEditor(c.getName(), c.getEnv(), imageEnv(details), conflicts);
    ConflictScan.before(c.getName(), distro, env, details, conflicts);
    env.prependFieldRef(POD_NAME_VAR, "metadata.name");
    env.prependFieldRef(NAMESPACE_VAR, "metadata.namespace");
    env.prependFieldRef(NODE_IP_VAR, "status.hostIP");
    env.setIfAbsent(AgentVariable.ifAbsent("ODIGOS_CONTAINER_NAME", c.getName()), null);
    env.setIfAbsent(AgentVariable.ifAbsent("ODIGOS_DISTRO_NAME", distroName), null);
    for (AgentVariable v : DistroVariables.of(distro, libc(distroParams, details))) {
      if (v.appends()) {
        env.append(v, null);
      } else {
        env.setIfAbsent(v, Kind.OTHER_AGENT);
      }
    }
    env.setIfAbsent(
        AgentVariable.ifAbsent("OTEL_SERVICE_NAME", pod.serviceName()), Kind.USER_OTEL_VARIABLE);
    env.append(
        AgentVariable.appended(
            "OTEL_RESOURCE_ATTRIBUTES", pod.resourceAttributes(c.getName()), ","),
        Kind.USER_OTEL_VARIABLE);
    env.setIfAbsent(
        AgentVariable.ifAbsent("OTEL_EXPORTER_OTLP_ENDPOINT", PodContext.OTLP_ENDPOINT),
        Kind.USER_OTEL_VARIABLE);
    c.setEnv(env.env());
    requestDevice(c);
  }

  /** Asks for the virtual device whose allocation mounts the agents; in limits and requests. */
  static void requestDevice(Container c) {
    ResourceRequirements r =
        c.getResources() == null ? new ResourceRequirements() : c.getResources();
    r.setLimits(withDevice(r.getLimits()));
    r.setRequests(withDevice(r.getRequests()));
    c.setResources(r);
  }

  private static Map<String, Quantity> withDevice(Map<String, Quantity> amounts) {
    Map<String, Quantity> m =
        amounts == null ? new LinkedHashMap<>() : new LinkedHashMap<>(amounts);
    m.putIfAbsent(PodInjector.DEVICE, new Quantity("1"));
    return m;
  }

  private static Map<String, String> imageEnv(RuntimeDetailsByContainer details) {
    Map<String, String> m = new LinkedHashMap<>();
    if (details != null && details.getEnvFromContainerRuntime() != null) {
      for (EnvVar v : details.getEnvFromContainerRuntime()) {
        if (v != null && v.name() != null && v.value() != null) {
          m.put(v.name(), v.value());
        }
      }
    }
    return m;
  }

  /** The distro parameter {@code libc} (or {@code LIBC_TYPE}) wins over what inspection saw. */
  static LibCType libc(Map<String, String> params, RuntimeDetailsByContainer details) {
    if (params != null) {
      String p = params.getOrDefault("libc", params.get("LIBC_TYPE"));
      if (p != null) {
        return p.strip().toLowerCase(Locale.ROOT).equals("musl") ? LibCType.musl : LibCType.glibc;
      }
    }
    return details != null && details.getLibCType() == LibCType.musl
        ? LibCType.musl
        : LibCType.glibc;
  }
}
