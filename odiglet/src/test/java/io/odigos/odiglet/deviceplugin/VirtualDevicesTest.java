package io.odigos.odiglet.deviceplugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.odigos.odiglet.deviceplugin.v1beta1.Device;
import io.odigos.odiglet.deviceplugin.v1beta1.ListAndWatchResponse;
import org.junit.jupiter.api.Test;

class VirtualDevicesTest {
  @Test
  void advertisesTheRequestedNumberOfHealthyDevicesWithDistinctIds() {
    ListAndWatchResponse list = new VirtualDevices(100).listResponse();

    assertThat(list.getDevicesList()).hasSize(100);
    assertThat(list.getDevicesList()).extracting(Device::getHealth).containsOnly("Healthy");
    assertThat(list.getDevicesList()).extracting(Device::getID).doesNotHaveDuplicates();
    assertThat(list.getDevices(0).getID()).isEqualTo("generic-0");
    assertThat(list.getDevices(99).getID()).isEqualTo("generic-99");
  }

  @Test
  void idsAreTheSameAcrossInstances() {
    assertThat(new VirtualDevices(7).ids()).containsExactlyElementsOf(new VirtualDevices(7).ids());
  }

  @Test
  void knowsItsOwnIdsOnly() {
    VirtualDevices devices = new VirtualDevices(2);
    assertThat(devices.contains("generic-1")).isTrue();
    assertThat(devices.contains("generic-2")).isFalse();
    assertThat(devices.describe()).isEqualTo("generic-0..generic-1");
  }

  @Test
  void zeroDevicesIsAnError() {
    assertThatThrownBy(() -> new VirtualDevices(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one device");
  }
}
