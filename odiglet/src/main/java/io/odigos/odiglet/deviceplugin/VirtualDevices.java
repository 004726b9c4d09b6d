package io.odigos.odiglet.deviceplugin;

import io.odigos.odiglet.deviceplugin.v1beta1.Device;
import io.odigos.odiglet.deviceplugin.v1beta1.ListAndWatchResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The devices the plugin advertises. They are not hardware: each one is a slot that lets one
 * container receive the agents mount, so the count only bounds how many instrumented containers fit
 * on a node. IDs are derived from the index ({@code generic-0}, {@code generic-1}, ...) so they
 * stay the same across restarts of the odiglet, as the kubelet's checkpoint of allocated devices
 * expects.
 */
public final class VirtualDevices {
  private static final String ID_PREFIX = "generic-";

  private final Set<String> ids;

  public VirtualDevices(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("need at least one device, got " + count);
    }
    Set<String> all = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      all.add(ID_PREFIX + i);
    }
    this.ids = Collections.unmodifiableSet(all);
  }

  /** The IDs in advertising order. */
  public Set<String> ids() {
    return ids;
  }

  public boolean contains(String id) {
    return ids.contains(id);
  }

  /** A short human description of the ID range, for error messages. */
  public String describe() {
    return ID_PREFIX + "0.." + ID_PREFIX + (ids.size() - 1);
  }

  /** The message ListAndWatch sends: every device, all healthy (the agents directory is static). */
  public ListAndWatchResponse listResponse() {
    List<Device> devices = new ArrayList<>(ids.size());
    for (String id : ids) {
      devices.add(Device.newBuilder().setID(id).setHealth(DevicePluginApi.HEALTHY).build());
    }
    return ListAndWatchResponse.newBuilder().addAllDevices(devices).build();
  }
}
