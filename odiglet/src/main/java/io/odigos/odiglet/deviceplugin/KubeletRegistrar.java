package io.odigos.odiglet.deviceplugin;

import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.odigos.odiglet.deviceplugin.v1beta1.DevicePluginOptions;
import io.odigos.odiglet.deviceplugin.v1beta1.RegisterRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.RegistrationGrpc;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Calls the kubelet's {@code Registration.Register} on {@code kubelet.sock}, once per call. */
final class KubeletRegistrar {
  private final UnixSocketTransport transport;
  private final DevicePluginConfig config;

  KubeletRegistrar(UnixSocketTransport transport, DevicePluginConfig config) {
    this.transport = transport;
    this.config = config;
  }

  /** What we tell the kubelet: our API version, our socket's name and our resource. */
  static RegisterRequest request(DevicePluginConfig config) {
    return RegisterRequest.newBuilder()
        .setVersion(DevicePluginApi.VERSION)
        .setEndpoint(config.socketName())
        .setResourceName(config.resourceName())
        .setOptions(DevicePluginOptions.getDefaultInstance())
        .build();
  }

  /**
   * Registers once.
   *
   * @throws RegistrationException with a message saying what went wrong (no socket, refused,
   *     timeout, rejected by the kubelet)
   */
  void register() throws RegistrationException {
    if (!Files.exists(config.kubeletSocket())) {
      throw new RegistrationException(
          "kubelet socket " + config.kubeletSocket() + " does not exist (kubelet not running?)");
    }
    ManagedChannel channel = transport.channel(config.kubeletSocket());
    try {
      Duration timeout = config.registerTimeout();
      RegistrationGrpc.newBlockingStub(channel)
          .withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS)
          .register(request(config));
    } catch (StatusRuntimeException e) {
      throw new RegistrationException(
          "Register on "
              + config.kubeletSocket()
              + " failed: "
              + e.getStatus().getCode()
              + (e.getStatus().getDescription() == null
                  ? ""
                  : " (" + e.getStatus().getDescription() + ")"));
    } finally {
      channel.shutdownNow();
    }
  }

  /** A failed registration attempt; the supervisor retries it. */
  static final class RegistrationException extends Exception {
    private static final long serialVersionUID = 1L;

    RegistrationException(String message) {
      super(message);
    }
  }
}
