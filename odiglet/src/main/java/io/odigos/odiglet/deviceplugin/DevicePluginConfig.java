package io.odigos.odiglet.deviceplugin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the device plugin needs, read once at start and passed by constructor.
 *
 * @param pluginDir the kubelet's device-plugin directory, holding {@code kubelet.sock} and our
 *     socket
 * @param socketName our socket's file name inside {@code pluginDir}; also the registration endpoint
 * @param resourceName the extended resource the kubelet advertises on the node
 * @param deviceCount how many virtual devices to advertise, i.e. how many containers on this node
 *     can carry the agents at the same time
 * @param agentsHostDir the agents directory on the host, mounted into each allocated container
 * @param agentsContainerDir where that directory appears inside the container
 * @param initialBackoff first wait after a failed registration; doubled after each further failure
 * @param maxBackoff upper bound of that wait
 * @param pollInterval how often the directory is re-checked even without file-system events
 * @param registerTimeout deadline of one {@code Register} call to the kubelet
 */
public record DevicePluginConfig(
    Path pluginDir,
    String socketName,
    String resourceName,
    int deviceCount,
    Path agentsHostDir,
    String agentsContainerDir,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration pollInterval,
    Duration registerTimeout) {

  /** The resource the instrumentor's webhook requests for every injected container. */
  public static final String GENERIC_RESOURCE = "instrumentation.odigos.io/generic";

  public static final String ENV_PLUGIN_DIR = "ODIGOS_DEVICE_PLUGIN_DIR";
  public static final String ENV_DEVICE_COUNT = "ODIGOS_DEVICE_COUNT";
  public static final String ENV_AGENTS_HOST_DIR = "ODIGOS_AGENTS_HOST_DIR";

  public DevicePluginConfig {
    Objects.requireNonNull(pluginDir, "pluginDir");
    Objects.requireNonNull(agentsHostDir, "agentsHostDir");
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(registerTimeout, "registerTimeout");
    if (socketName == null
        || socketName.isBlank()
        || socketName.contains("/")
        || socketName.equals(DevicePluginApi.KUBELET_SOCKET)) {
      throw new IllegalArgumentException(
          "socketName must be a plain file name other than kubelet.sock, got: " + socketName);
    }
    if (resourceName == null || !resourceName.matches("[a-z0-9.-]+/[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException(
          "resourceName must look like <domain>/<name>, got: " + resourceName);
    }
    if (deviceCount < 1) {
      throw new IllegalArgumentException("deviceCount must be at least 1, got: " + deviceCount);
    }
    if (agentsContainerDir == null || !agentsContainerDir.startsWith("/")) {
      throw new IllegalArgumentException(
          "agentsContainerDir must be an absolute path, got: " + agentsContainerDir);
    }
    if (initialBackoff.isNegative()
        || initialBackoff.isZero()
        || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "need 0 < initialBackoff <= maxBackoff, got " + initialBackoff + " and " + maxBackoff);
    }
  }

  /** The production defaults: the kubelet's directory, 100 devices, agents at /var/odigos. */
  public static DevicePluginConfig defaults() {
    return new DevicePluginConfig(
        DevicePluginApi.DEFAULT_PLUGIN_DIR,
        "odigos-generic.sock",
        GENERIC_RESOURCE,
        100,
        Path.of("/var/odigos"),
        "/var/odigos",
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10));
  }

  /**
   * The defaults overridden by {@value #ENV_PLUGIN_DIR}, {@value #ENV_DEVICE_COUNT} and {@value
   * #ENV_AGENTS_HOST_DIR} when present.
   *
   * @throws IllegalArgumentException naming the variable when a value cannot be used
   */
  public static DevicePluginConfig fromEnvironment(Map<String, String> env) {
    DevicePluginConfig config = defaults();
    String dir = nonBlank(env.get(ENV_PLUGIN_DIR));
    if (dir != null) {
      config = config.withPluginDir(Path.of(dir));
    }
    String agents = nonBlank(env.get(ENV_AGENTS_HOST_DIR));
    if (agents != null) {
      config = config.withAgentsHostDir(Path.of(agents));
    }
    String count = nonBlank(env.get(ENV_DEVICE_COUNT));
    if (count != null) {
      try {
        config = config.withDeviceCount(Integer.parseInt(count.trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            ENV_DEVICE_COUNT + " must be a whole number, got: " + count, e);
      }
    }
    return config;
  }

  private static String nonBlank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public DevicePluginConfig withPluginDir(Path dir) {
    return new DevicePluginConfig(
        dir,
        socketName,
        resourceName,
        deviceCount,
        agentsHostDir,
        agentsContainerDir,
        initialBackoff,
        maxBackoff,
        pollInterval,
        registerTimeout);
  }

  public DevicePluginConfig withDeviceCount(int count) {
    return new DevicePluginConfig(
        pluginDir,
        socketName,
        resourceName,
        count,
        agentsHostDir,
        agentsContainerDir,
        initialBackoff,
        maxBackoff,
        pollInterval,
        registerTimeout);
  }

  public DevicePluginConfig withAgentsHostDir(Path dir) {
    return new DevicePluginConfig(
        pluginDir,
        socketName,
        resourceName,
        deviceCount,
        dir,
        agentsContainerDir,
        initialBackoff,
        maxBackoff,
        pollInterval,
        registerTimeout);
  }

  /** Shorter waits, for tests and the sandbox where the "kubelet" is local and fast. */
  public DevicePluginConfig withTimings(
      Duration initialBackoff, Duration maxBackoff, Duration pollInterval) {
    return new DevicePluginConfig(
        pluginDir,
        socketName,
        resourceName,
        deviceCount,
        agentsHostDir,
        agentsContainerDir,
        initialBackoff,
        maxBackoff,
        pollInterval,
        registerTimeout);
  }

  /** Our socket's full path. */
  public Path pluginSocket() {
    return pluginDir.resolve(socketName);
  }

  /** The kubelet's {@code Registration} socket. */
  public Path kubeletSocket() {
    return pluginDir.resolve(DevicePluginApi.KUBELET_SOCKET);
  }
}
