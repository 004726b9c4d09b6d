package io.odigos.odiglet.deviceplugin;

import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.odigos.odiglet.deviceplugin.v1beta1.AllocateRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.AllocateResponse;
import io.odigos.odiglet.deviceplugin.v1beta1.DevicePluginGrpc;
import io.odigos.odiglet.deviceplugin.v1beta1.Empty;
import io.odigos.odiglet.deviceplugin.v1beta1.ListAndWatchResponse;
import io.odigos.odiglet.deviceplugin.v1beta1.RegisterRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.RegistrationGrpc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The one fake of these tests: the kubelet's side of the device-plugin protocol. It serves {@code
 * Registration} on {@code kubelet.sock} in a directory and, like the kubelet, answers a Register
 * and then dials the plugin's endpoint in the same directory and opens ListAndWatch. Tests read
 * what it received and call Allocate through the same connection.
 */
final class FakeKubelet implements AutoCloseable {
  final BlockingQueue<RegisterRequest> registrations = new LinkedBlockingQueue<>();
  final BlockingQueue<ListAndWatchResponse> deviceLists = new LinkedBlockingQueue<>();
  final CountDownLatch streamEnded = new CountDownLatch(1);

  private final Path dir;
  private final UnixSocketTransport transport = new UnixSocketTransport();
  private final Server server;
  private volatile ManagedChannel pluginChannel;

  private FakeKubelet(Path dir) throws IOException {
    this.dir = dir;
    Path socket = dir.resolve(DevicePluginApi.KUBELET_SOCKET);
    Files.deleteIfExists(socket);
    this.server = transport.startServer(socket, new Registration());
  }

  static FakeKubelet start(Path dir) throws IOException {
    return new FakeKubelet(dir);
  }

  /** Calls the plugin's Allocate over the connection opened after the last registration. */
  AllocateResponse allocate(AllocateRequest request) {
    return DevicePluginGrpc.newBlockingStub(connected())
        .withDeadlineAfter(5, TimeUnit.SECONDS)
        .allocate(request);
  }

  DevicePluginGrpc.DevicePluginBlockingStub plugin() {
    return DevicePluginGrpc.newBlockingStub(connected()).withDeadlineAfter(5, TimeUnit.SECONDS);
  }

  private ManagedChannel connected() {
    ManagedChannel channel = pluginChannel;
    if (channel == null) {
      throw new IllegalStateException("no plugin has registered with this fake kubelet");
    }
    return channel;
  }

  private final class Registration extends RegistrationGrpc.RegistrationImplBase {
    @Override
    public void register(RegisterRequest request, StreamObserver<Empty> responseObserver) {
      if (!request.getVersion().equals(DevicePluginApi.VERSION)) {
        responseObserver.onError(
            Status.INVALID_ARGUMENT
                .withDescription("unsupported version " + request.getVersion())
                .asRuntimeException());
        return;
      }
      responseObserver.onNext(Empty.getDefaultInstance());
      responseObserver.onCompleted();
      // The kubelet connects back to the endpoint and starts watching the devices.
      ManagedChannel previous = pluginChannel;
      pluginChannel = transport.channel(dir.resolve(request.getEndpoint()));
      if (previous != null) {
        previous.shutdownNow();
      }
      // Outside the Register call's context, which is cancelled as soon as Register returns.
      Context.ROOT.run(() -> watch(pluginChannel));
      // Recorded last, so a test that saw the registration can use the connection at once.
      registrations.add(request);
    }

    private void watch(ManagedChannel channel) {
      DevicePluginGrpc.newStub(channel)
          .listAndWatch(
              Empty.getDefaultInstance(),
              new StreamObserver<>() {
                @Override
                public void onNext(ListAndWatchResponse value) {
                  deviceLists.add(value);
                }

                @Override
                public void onError(Throwable t) {
                  streamEnded.countDown();
                }

                @Override
                public void onCompleted() {
                  streamEnded.countDown();
                }
              });
    }
  }

  /** Stops serving and removes kubelet.sock, as a stopping kubelet leaves the directory. */
  @Override
  public void close() throws IOException {
    ManagedChannel channel = pluginChannel;
    try {
      if (channel != null) {
        channel.shutdownNow().awaitTermination(2, TimeUnit.SECONDS);
      }
      server.shutdownNow().awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Files.deleteIfExists(dir.resolve(DevicePluginApi.KUBELET_SOCKET));
    transport.close();
  }
}
