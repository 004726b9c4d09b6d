package io.odigos.odiglet.deviceplugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DevicePluginConfigTest {
  @Test
  void defaultsMatchTheKubeletAndTheWebhook() {
    DevicePluginConfig d = DevicePluginConfig.defaults();

    assertThat(d.pluginDir()).isEqualTo(Path.of("/var/lib/kubelet/device-plugins"));
    assertThat(d.kubeletSocket())
        .isEqualTo(Path.of("/var/lib/kubelet/device-plugins/kubelet.sock"));
    assertThat(d.resourceName()).isEqualTo("instrumentation.odigos.io/generic");
    assertThat(d.deviceCount()).isEqualTo(100);
    assertThat(d.agentsHostDir()).isEqualTo(Path.of("/var/odigos"));
    assertThat(d.agentsContainerDir()).isEqualTo("/var/odigos");
  }

  @Test
  void registrationRequestCarriesVersionEndpointAndResource() {
    var request = KubeletRegistrar.request(DevicePluginConfig.defaults());

    assertThat(request.getVersion()).isEqualTo("v1beta1");
    assertThat(request.getEndpoint()).isEqualTo("odigos-generic.sock");
    assertThat(request.getResourceName()).isEqualTo("instrumentation.odigos.io/generic");
  }

  @Test
  void environmentOverridesTheDefaults() {
    DevicePluginConfig c =
        DevicePluginConfig.fromEnvironment(
            Map.of(
                "ODIGOS_DEVICE_PLUGIN_DIR", "/tmp/dp",
                "ODIGOS_DEVICE_COUNT", " 12 ",
                "ODIGOS_AGENTS_HOST_DIR", "/opt/odigos"));

    assertThat(c.pluginDir()).isEqualTo(Path.of("/tmp/dp"));
    assertThat(c.deviceCount()).isEqualTo(12);
    assertThat(c.agentsHostDir()).isEqualTo(Path.of("/opt/odigos"));
    assertThat(DevicePluginConfig.fromEnvironment(Map.of()))
        .isEqualTo(DevicePluginConfig.defaults());
  }

  @Test
  void badValuesAreNamed() {
    assertThatThrownBy(
            () -> DevicePluginConfig.fromEnvironment(Map.of("ODIGOS_DEVICE_COUNT", "lots")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ODIGOS_DEVICE_COUNT must be a whole number, got: lots");
    assertThatThrownBy(() -> DevicePluginConfig.fromEnvironment(Map.of("ODIGOS_DEVICE_COUNT", "0")))
        .hasMessageContaining("deviceCount must be at least 1");
    assertThatThrownBy(
            () ->
                new DevicePluginConfig(
                    Path.of("/d"),
                    "kubelet.sock",
                    "a.b/c",
                    1,
                    Path.of("/a"),
                    "/a",
                    Duration.ofMillis(1),
                    Duration.ofMillis(1),
                    Duration.ofMillis(1),
                    Duration.ofMillis(1)))
        .hasMessageContaining("socketName must be a plain file name other than kubelet.sock");
  }
}
