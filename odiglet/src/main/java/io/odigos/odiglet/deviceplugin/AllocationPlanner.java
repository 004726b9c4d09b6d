package io.odigos.odiglet.deviceplugin;

import io.odigos.odiglet.deviceplugin.v1beta1.AllocateRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.AllocateResponse;
import io.odigos.odiglet.deviceplugin.v1beta1.ContainerAllocateRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.ContainerAllocateResponse;
import io.odigos.odiglet.deviceplugin.v1beta1.Mount;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Computes the answer to an Allocate request: for each container, one read-only mount of the agents
 * directory plus {@value #AGENTS_DIR_ENV} naming where it is. A pure function of (request, devices,
 * config): no I/O, so the exact answer the kubelet receives is unit-tested on its own.
 */
public final class AllocationPlanner {
  /** Tells agents and tooling in the container where the mounted agents directory is. */
  public static final String AGENTS_DIR_ENV = "ODIGOS_AGENTS_DIR";

  private final VirtualDevices devices;
  private final String agentsHostDir;
  private final String agentsContainerDir;

  public AllocationPlanner(
      VirtualDevices devices, String agentsHostDir, String agentsContainerDir) {
    this.devices = devices;
    this.agentsHostDir = agentsHostDir;
    this.agentsContainerDir = agentsContainerDir;
  }

  public static AllocationPlanner of(DevicePluginConfig config) {
    return new AllocationPlanner(
        new VirtualDevices(config.deviceCount()),
        config.agentsHostDir().toString(),
        config.agentsContainerDir());
  }

  /**
   * One response per container request, in the same order.
   *
   * @throws InvalidAllocationException when a container asks for no device or for IDs this plugin
   *     never advertised; the message lists every unknown ID
   */
  public AllocateResponse plan(AllocateRequest request) throws InvalidAllocationException {
    Set<String> unknown = new LinkedHashSet<>();
    for (int i = 0; i < request.getContainerRequestsCount(); i++) {
      ContainerAllocateRequest container = request.getContainerRequests(i);
      if (container.getDevicesIdsCount() == 0) {
        throw new InvalidAllocationException(
            "container request #" + i + " lists no device IDs; nothing to allocate");
      }
      for (String id : container.getDevicesIdsList()) {
        if (!devices.contains(id)) {
          unknown.add(id);
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidAllocationException(
          "unknown device IDs " + unknown + "; this plugin advertises " + devices.describe());
    }
    AllocateResponse.Builder response = AllocateResponse.newBuilder();
    for (int i = 0; i < request.getContainerRequestsCount(); i++) {
      response.addContainerResponses(forContainer());
    }
    return response.build();
  }

  private ContainerAllocateResponse forContainer() {
    return ContainerAllocateResponse.newBuilder()
        .addMounts(
            Mount.newBuilder()
                .setHostPath(agentsHostDir)
                .setContainerPath(agentsContainerDir)
                .setReadOnly(true))
        .putEnvs(AGENTS_DIR_ENV, agentsContainerDir)
        .build();
  }
}
