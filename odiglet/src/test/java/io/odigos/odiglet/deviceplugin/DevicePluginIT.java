package io.odigos.odiglet.deviceplugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.odigos.odiglet.deviceplugin.v1beta1.AllocateRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.AllocateResponse;
import io.odigos.odiglet.deviceplugin.v1beta1.ContainerAllocateRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.ContainerAllocateResponse;
import io.odigos.odiglet.deviceplugin.v1beta1.Device;
import io.odigos.odiglet.deviceplugin.v1beta1.DevicePluginOptions;
import io.odigos.odiglet.deviceplugin.v1beta1.Empty;
import io.odigos.odiglet.deviceplugin.v1beta1.ListAndWatchResponse;
import io.odigos.odiglet.deviceplugin.v1beta1.Mount;
import io.odigos.odiglet.deviceplugin.v1beta1.PreStartContainerRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.PreferredAllocationRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.RegisterRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The device plugin over real Unix sockets against a fake kubelet in a temporary device-plugin
 * directory: registration, ListAndWatch, Allocate, bad Allocate input, waiting for a kubelet that
 * is not there yet, and re-registration after a kubelet restart.
 */
class DevicePluginIT {
  private static final int DEVICES = 5;

  @TempDir Path dir;
  private final Path agents = Path.of("/var/tmp/odigos-agents-test");
  private FakeKubelet kubelet;
  private DevicePluginServer plugin;

  @BeforeAll
  static void quietTransportLogs() {
    TestLogging.infoOnly();
  }

  @AfterEach
  void stop() throws Exception {
    if (plugin != null) {
      plugin.close();
    }
    if (kubelet != null) {
      kubelet.close();
    }
  }

  private DevicePluginConfig config() {
    return DevicePluginConfig.defaults()
        .withPluginDir(dir)
        .withDeviceCount(DEVICES)
        .withAgentsHostDir(agents)
        .withTimings(Duration.ofMillis(100), Duration.ofMillis(800), Duration.ofMillis(500));
  }

  private static RegisterRequest nextRegistration(FakeKubelet kubelet) throws InterruptedException {
    RegisterRequest request = kubelet.registrations.poll(10, TimeUnit.SECONDS);
    assertThat(request).as("a Register call reached the fake kubelet within 10 s").isNotNull();
    return request;
  }

  private static ListAndWatchResponse nextDeviceList(FakeKubelet kubelet)
      throws InterruptedException {
    ListAndWatchResponse list = kubelet.deviceLists.poll(10, TimeUnit.SECONDS);
    assertThat(list).as("ListAndWatch sent a device list within 10 s").isNotNull();
    return list;
  }

  private static void assertAdvertisesHealthyDevices(ListAndWatchResponse list) {
    assertThat(list.getDevicesList()).hasSize(DEVICES);
    assertThat(list.getDevicesList()).extracting(Device::getHealth).containsOnly("Healthy");
    assertThat(list.getDevicesList())
        .extracting(Device::getID)
        .containsExactly("generic-0", "generic-1", "generic-2", "generic-3", "generic-4");
  }

  @Test
  void registersWithTheKubeletAndAdvertisesHealthyDevicesOnAnOpenStream() throws Exception {
    kubelet = FakeKubelet.start(dir);
    plugin = DevicePluginServer.start(config());

    RegisterRequest registration = nextRegistration(kubelet);
    assertThat(registration.getVersion()).isEqualTo("v1beta1");
    assertThat(registration.getEndpoint()).isEqualTo("odigos-generic.sock");
    assertThat(registration.getResourceName()).isEqualTo("instrumentation.odigos.io/generic");
    assertThat(dir.resolve(registration.getEndpoint())).exists();
    assertAdvertisesHealthyDevices(nextDeviceList(kubelet));
    // ListAndWatch is a watch: the stream stays open after the first list.
    assertThat(kubelet.streamEnded.await(1, TimeUnit.SECONDS)).isFalse();
    await().atMost(Duration.ofSeconds(5)).until(plugin::isRegistered);

    DevicePluginOptions options =
        kubelet.plugin().getDevicePluginOptions(Empty.getDefaultInstance());
    assertThat(options.getPreStartRequired()).isFalse();
    assertThat(options.getGetPreferredAllocationAvailable()).isFalse();
    assertThat(
            kubelet
                .plugin()
                .preStartContainer(
                    PreStartContainerRequest.newBuilder().addDevicesIds("generic-0").build())
                .getSerializedSize())
        .isZero();
    assertThat(
            kubelet
                .plugin()
                .getPreferredAllocation(PreferredAllocationRequest.getDefaultInstance())
                .getContainerResponsesCount())
        .isZero();
  }

  @Test
  void allocateMountsTheAgentsDirectoryReadOnlyIntoEachContainer() throws Exception {
    kubelet = FakeKubelet.start(dir);
    plugin = DevicePluginServer.start(config());
    nextRegistration(kubelet);

    AllocateResponse response =
        kubelet.allocate(
            AllocateRequest.newBuilder()
                .addContainerRequests(
                    ContainerAllocateRequest.newBuilder().addDevicesIds("generic-0"))
                .addContainerRequests(
                    ContainerAllocateRequest.newBuilder().addDevicesIds("generic-3"))
                .build());

    assertThat(response.getContainerResponsesList()).hasSize(2);
    for (ContainerAllocateResponse container : response.getContainerResponsesList()) {
      assertThat(container.getMountsList())
          .containsExactly(
              Mount.newBuilder()
                  .setHostPath(agents.toString())
                  .setContainerPath("/var/odigos")
                  .setReadOnly(true)
                  .build());
      assertThat(container.getEnvsMap())
          .containsExactly(Map.entry("ODIGOS_AGENTS_DIR", "/var/odigos"));
    }
  }

  @Test
  void allocateWithUnknownDeviceIdsIsAnInvalidArgumentNamingThem() throws Exception {
    kubelet = FakeKubelet.start(dir);
    plugin = DevicePluginServer.start(config());
    nextRegistration(kubelet);

    AllocateRequest bad =
        AllocateRequest.newBuilder()
            .addContainerRequests(
                ContainerAllocateRequest.newBuilder()
                    .addDevicesIds("generic-1")
                    .addDevicesIds("gpu-9"))
            .addContainerRequests(ContainerAllocateRequest.newBuilder().addDevicesIds("generic-77"))
            .build();

    assertThatThrownBy(() -> kubelet.allocate(bad))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
              assertThat(e.getStatus().getDescription())
                  .contains("instrumentation.odigos.io/generic")
                  .contains("unknown device IDs [gpu-9, generic-77]");
            });
    // The plugin keeps serving after a rejected request.
    assertThat(
            kubelet
                .allocate(
                    AllocateRequest.newBuilder()
                        .addContainerRequests(
                            ContainerAllocateRequest.newBuilder().addDevicesIds("generic-1"))
                        .build())
                .getContainerResponsesCount())
        .isEqualTo(1);
  }

  @Test
  void keepsRetryingUntilTheKubeletSocketAppears() throws Exception {
    plugin = DevicePluginServer.start(config());
    assertThat(plugin.socket()).exists();

    // Several backoff rounds pass with no kubelet.sock at all.
    Thread.sleep(1_500);
    assertThat(plugin.isRegistered()).isFalse();
    assertThat(plugin.registrationCount()).isZero();

    kubelet = FakeKubelet.start(dir);
    RegisterRequest registration = nextRegistration(kubelet);
    assertThat(registration.getResourceName()).isEqualTo("instrumentation.odigos.io/generic");
    assertAdvertisesHealthyDevices(nextDeviceList(kubelet));
    await().atMost(Duration.ofSeconds(5)).until(plugin::isRegistered);
  }

  @Test
  void reRegistersAndServesAgainAfterAKubeletRestart() throws Exception {
    kubelet = FakeKubelet.start(dir);
    plugin = DevicePluginServer.start(config());
    nextRegistration(kubelet);
    nextDeviceList(kubelet);

    // A restarting kubelet goes away, wipes the plugin sockets and comes back on a new
    // kubelet.sock.
    kubelet.close();
    kubelet = null;
    Files.delete(plugin.socket());
    FakeKubelet restarted = FakeKubelet.start(dir);
    kubelet = restarted;

    long started = System.nanoTime();
    RegisterRequest again = nextRegistration(restarted);
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    assertThat(seconds).as("re-registration delay").isLessThanOrEqualTo(5);
    assertThat(again.getEndpoint()).isEqualTo("odigos-generic.sock");
    assertThat(plugin.socket()).exists();
    assertAdvertisesHealthyDevices(nextDeviceList(restarted));
    assertThat(
            restarted
                .allocate(
                    AllocateRequest.newBuilder()
                        .addContainerRequests(
                            ContainerAllocateRequest.newBuilder().addDevicesIds("generic-4"))
                        .build())
                .getContainerResponses(0)
                .getMounts(0)
                .getReadOnly())
        .isTrue();
    // One restart, one new registration: a second one would make the kubelet reconnect for nothing.
    assertThat(restarted.registrations.poll(1, TimeUnit.SECONDS)).isNull();
    assertThat(plugin.registrationCount()).isEqualTo(2);
  }

  @Test
  void reRegistersWhenOnlyKubeletSockIsRecreated() throws Exception {
    kubelet = FakeKubelet.start(dir);
    plugin = DevicePluginServer.start(config());
    nextRegistration(kubelet);

    kubelet.close();
    kubelet = FakeKubelet.start(dir);

    assertThat(nextRegistration(kubelet).getVersion()).isEqualTo("v1beta1");
    assertAdvertisesHealthyDevices(nextDeviceList(kubelet));
  }

  @Test
  void closeEndsTheWatchAndRemovesTheSocket() throws Exception {
    kubelet = FakeKubelet.start(dir);
    plugin = DevicePluginServer.start(config());
    nextRegistration(kubelet);
    nextDeviceList(kubelet);
    Path socket = plugin.socket();

    plugin.close();
    plugin = null;

    assertThat(socket).doesNotExist();
    assertThat(kubelet.streamEnded.await(5, TimeUnit.SECONDS))
        .as("the kubelet's ListAndWatch stream ended")
        .isTrue();
  }

  @Test
  void aSocketPathTooLongForUnixSocketsIsAClearError() {
    Path deep = dir.resolve("x".repeat(120));
    assertThatThrownBy(() -> DevicePluginServer.start(config().withPluginDir(deep)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unix sockets allow at most 107");
  }
}
