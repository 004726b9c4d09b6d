package io.odigos.odiglet.deviceplugin;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.odigos.odiglet.deviceplugin.v1beta1.AllocateRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.AllocateResponse;
import io.odigos.odiglet.deviceplugin.v1beta1.DevicePluginGrpc;
import io.odigos.odiglet.deviceplugin.v1beta1.DevicePluginOptions;
import io.odigos.odiglet.deviceplugin.v1beta1.Empty;
import io.odigos.odiglet.deviceplugin.v1beta1.ListAndWatchResponse;
import io.odigos.odiglet.deviceplugin.v1beta1.PreStartContainerRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.PreStartContainerResponse;
import io.odigos.odiglet.deviceplugin.v1beta1.PreferredAllocationRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.PreferredAllocationResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code DevicePlugin} gRPC service the kubelet calls. The device list never changes (the
 * devices are virtual and always healthy), so ListAndWatch sends it once and then holds the stream
 * open until the kubelet cancels it or {@link #completeStreams()} ends it at shutdown; Allocate
 * delegates to the pure {@link AllocationPlanner}.
 */
final class DevicePluginService extends DevicePluginGrpc.DevicePluginImplBase {
  private static final Logger LOG = LoggerFactory.getLogger(DevicePluginService.class);

  private final String resourceName;
  private final ListAndWatchResponse devices;
  private final AllocationPlanner planner;
  private final Set<ServerCallStreamObserver<ListAndWatchResponse>> watchers =
      ConcurrentHashMap.newKeySet();

  DevicePluginService(String resourceName, VirtualDevices devices, AllocationPlanner planner) {
    this.resourceName = resourceName;
    this.devices = devices.listResponse();
    this.planner = planner;
  }

  @Override
  public void getDevicePluginOptions(
      Empty request, StreamObserver<DevicePluginOptions> responseObserver) {
    responseObserver.onNext(
        DevicePluginOptions.newBuilder()
            .setPreStartRequired(false)
            .setGetPreferredAllocationAvailable(false)
            .build());
    responseObserver.onCompleted();
  }

  @Override
  public void listAndWatch(Empty request, StreamObserver<ListAndWatchResponse> responseObserver) {
    ServerCallStreamObserver<ListAndWatchResponse> stream =
        (ServerCallStreamObserver<ListAndWatchResponse>) responseObserver;
    watchers.add(stream);
    stream.setOnCancelHandler(
        () -> {
          watchers.remove(stream);
          LOG.debug("ListAndWatch for {} cancelled by the kubelet", resourceName);
        });
    LOG.info(
        "ListAndWatch for {}: advertising {} healthy devices",
        resourceName,
        devices.getDevicesCount());
    stream.onNext(devices);
  }

  @Override
  public void allocate(AllocateRequest request, StreamObserver<AllocateResponse> responseObserver) {
    try {
      AllocateResponse response = planner.plan(request);
      LOG.debug(
          "Allocate for {}: {} container(s) get the agents mount",
          resourceName,
          response.getContainerResponsesCount());
      responseObserver.onNext(response);
      responseObserver.onCompleted();
    } catch (InvalidAllocationException e) {
      LOG.warn("Allocate for {} rejected: {}", resourceName, e.getMessage());
      responseObserver.onError(
          Status.INVALID_ARGUMENT
              .withDescription("Allocate for " + resourceName + ": " + e.getMessage())
              .asRuntimeException());
    }
  }

  @Override
  public void getPreferredAllocation(
      PreferredAllocationRequest request,
      StreamObserver<PreferredAllocationResponse> responseObserver) {
    // Advertised as unavailable in the options; any device is as good as any other.
    responseObserver.onNext(PreferredAllocationResponse.getDefaultInstance());
    responseObserver.onCompleted();
  }

  @Override
  public void preStartContainer(
      PreStartContainerRequest request,
      StreamObserver<PreStartContainerResponse> responseObserver) {
    // Nothing to prepare: the agents directory is already on the host.
    responseObserver.onNext(PreStartContainerResponse.getDefaultInstance());
    responseObserver.onCompleted();
  }

  /** Ends every open ListAndWatch stream, so the server can shut down without waiting for them. */
  void completeStreams() {
    for (ServerCallStreamObserver<ListAndWatchResponse> stream : watchers) {
      watchers.remove(stream);
      try {
        stream.onCompleted();
      } catch (RuntimeException e) {
        LOG.debug("ListAndWatch stream already closed: {}", e.toString());
      }
    }
  }
}
