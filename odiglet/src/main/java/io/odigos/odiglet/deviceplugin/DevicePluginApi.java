package io.odigos.odiglet.deviceplugin;

import java.nio.file.Path;

/**
 * Fixed values of the kubelet device-plugin API v1beta1: the version a plugin registers with, where
 * the kubelet looks for plugin sockets, and the health strings a device can carry.
 */
public final class DevicePluginApi {
  /** The API version sent in {@code RegisterRequest.version}. */
  public static final String VERSION = "v1beta1";

  /** Where the kubelet serves {@code Registration} and expects plugin sockets. */
  public static final Path DEFAULT_PLUGIN_DIR = Path.of("/var/lib/kubelet/device-plugins");

  /** The file name of the kubelet's {@code Registration} socket inside the plugin directory. */
  public static final String KUBELET_SOCKET = "kubelet.sock";

  /** A device the kubelet may hand out. */
  public static final String HEALTHY = "Healthy";

  /** A device the kubelet must not hand out. */
  public static final String UNHEALTHY = "Unhealthy";

  private DevicePluginApi() {}
}
