package io.odigos.operator.scheduler.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The profiles the scheduler knows: named bundles of settings a user turns on by listing them under
 * {@code profiles}. A profile only fills a value the user left unset, so an explicit setting always
 * wins; between two profiles that set the same value, the one listed first wins. The size profiles
 * pick the resource size preset when the user named none; the largest listed wins, as upstream.
 */
public enum Profile {
  SIZE_S("size_s", "Small resource size preset for the collectors", SizePreset.SIZE_S, b -> {}),
  SIZE_M("size_m", "Medium resource size preset for the collectors", SizePreset.SIZE_M, b -> {}),
  SIZE_L("size_l", "Large resource size preset for the collectors", SizePreset.SIZE_L, b -> {}),
  ALLOW_CONCURRENT_AGENTS(
      "allow_concurrent_agents",
      "Instrument workloads even when another agent is already present",
      null,
      b -> {
        if (b.allowConcurrentAgents() == null) {
          b.allowConcurrentAgents(true);
        }
      }),
  MOUNT_METHOD_K8S_HOST_PATH(
      "mount-method-k8s-host-path",
      "Mount the agent files into pods with a hostPath volume",
      null,
      b -> fillMountMethod(b, "k8s-host-path")),
  MOUNT_METHOD_K8S_VIRTUAL_DEVICE(
      "mount-method-k8s-virtual-device",
      "Mount the agent files into pods through the odiglet's virtual device",
      null,
      b -> fillMountMethod(b, "k8s-virtual-device")),
  POD_MANIFEST_ENV_VAR_INJECTION(
      "pod-manifest-env-var-injection",
      "Put the runtime-specific agent variables (NODE_OPTIONS, PYTHONPATH...) in the pod manifest",
      null,
      b -> fillInjectionMethod(b, "pod-manifest")),
  LOADER_FALLBACK_TO_POD_MANIFEST_ENV_VAR_INJECTION(
      "loader-fallback-to-pod-manifest-env-var-injection",
      "Load agents with the Odigos loader, falling back to pod manifest variables",
      null,
      b -> fillInjectionMethod(b, "loader-fallback-to-pod-manifest")),
  AVOID_JAVA_OPTS_ENV_VAR(
      "avoid-java-opts-env-var",
      "Never add the Java agent to JAVA_OPTS (JAVA_TOOL_OPTIONS only)",
      null,
      b -> {
        if (b.avoidInjectingJavaOptsEnvVar() == null) {
          b.avoidInjectingJavaOptsEnvVar(true);
        }
      });

  private final String wireName;
  private final String description;
  private final SizePreset size;
  private final Consumer<OdigosConfiguration.Builder> modifier;

  Profile(
      String wireName,
      String description,
      SizePreset size,
      Consumer<OdigosConfiguration.Builder> modifier) {
    this.wireName = wireName;
    this.description = description;
    this.size = size;
    this.modifier = modifier;
  }

  public String wireName() {
    return wireName;
  }

  public String description() {
    return description;
  }

  /** The size preset this profile selects, if it is a size profile. */
  public Optional<SizePreset> size() {
    return Optional.ofNullable(size);
  }

  void applyTo(OdigosConfiguration.Builder builder) {
    modifier.accept(builder);
  }

  public static Optional<Profile> byWireName(String name) {
    return Arrays.stream(values()).filter(p -> p.wireName.equals(name)).findFirst();
  }

  public static List<String> wireNames() {
    return Arrays.stream(values()).map(Profile::wireName).toList();
  }

  private static void fillMountMethod(OdigosConfiguration.Builder b, String method) {
    if (b.mountMethod() == null) {
      b.mountMethod(method);
    }
  }

  private static void fillInjectionMethod(OdigosConfiguration.Builder b, String method) {
    if (b.agentEnvVarsInjectionMethod() == null) {
      b.agentEnvVarsInjectionMethod(method);
    }
  }
}
