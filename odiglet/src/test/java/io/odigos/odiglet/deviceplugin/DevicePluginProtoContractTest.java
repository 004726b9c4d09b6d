package io.odigos.odiglet.deviceplugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import io.odigos.odiglet.deviceplugin.v1beta1.AllocateRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.AllocateResponse;
import io.odigos.odiglet.deviceplugin.v1beta1.CDIDevice;
import io.odigos.odiglet.deviceplugin.v1beta1.ContainerAllocateRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.ContainerAllocateResponse;
import io.odigos.odiglet.deviceplugin.v1beta1.ContainerPreferredAllocationRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.ContainerPreferredAllocationResponse;
import io.odigos.odiglet.deviceplugin.v1beta1.Device;
import io.odigos.odiglet.deviceplugin.v1beta1.DevicePluginGrpc;
import io.odigos.odiglet.deviceplugin.v1beta1.DevicePluginOptions;
import io.odigos.odiglet.deviceplugin.v1beta1.DeviceSpec;
import io.odigos.odiglet.deviceplugin.v1beta1.ListAndWatchResponse;
import io.odigos.odiglet.deviceplugin.v1beta1.Mount;
import io.odigos.odiglet.deviceplugin.v1beta1.NUMANode;
import io.odigos.odiglet.deviceplugin.v1beta1.PreStartContainerRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.PreferredAllocationRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.PreferredAllocationResponse;
import io.odigos.odiglet.deviceplugin.v1beta1.RegisterRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.RegistrationGrpc;
import io.odigos.odiglet.deviceplugin.v1beta1.TopologyInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our hand-written .proto against the kubelet's wire contract (TESTBED.md section 7): full gRPC
 * method names and every field's number, type and cardinality. A typo here would compile and
 * silently break against a real kubelet, so it is pinned.
 */
class DevicePluginProtoContractTest {

  @Test
  void methodNamesCarryTheV1beta1Package() {
    assertThat(RegistrationGrpc.getRegisterMethod().getFullMethodName())
        .isEqualTo("v1beta1.Registration/Register");
    assertThat(DevicePluginGrpc.getListAndWatchMethod().getFullMethodName())
        .isEqualTo("v1beta1.DevicePlugin/ListAndWatch");
    assertThat(DevicePluginGrpc.getListAndWatchMethod().getType())
        .isEqualTo(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING);
    assertThat(DevicePluginGrpc.getAllocateMethod().getFullMethodName())
        .isEqualTo("v1beta1.DevicePlugin/Allocate");
    assertThat(DevicePluginGrpc.getGetDevicePluginOptionsMethod().getFullMethodName())
        .isEqualTo("v1beta1.DevicePlugin/GetDevicePluginOptions");
    assertThat(DevicePluginGrpc.getGetPreferredAllocationMethod().getFullMethodName())
        .isEqualTo("v1beta1.DevicePlugin/GetPreferredAllocation");
    assertThat(DevicePluginGrpc.getPreStartContainerMethod().getFullMethodName())
        .isEqualTo("v1beta1.DevicePlugin/PreStartContainer");
  }

  @Test
  void fieldNumbersMatchTheKubelet() {
    assertFields(
        DevicePluginOptions.getDescriptor(),
        "pre_start_required=1 bool",
        "get_preferred_allocation_available=2 bool");
    assertFields(
        RegisterRequest.getDescriptor(),
        "version=1 string",
        "endpoint=2 string",
        "resource_name=3 string",
        "options=4 message");
    assertFields(ListAndWatchResponse.getDescriptor(), "devices=1 repeated message");
    assertFields(TopologyInfo.getDescriptor(), "nodes=1 repeated message");
    assertFields(NUMANode.getDescriptor(), "ID=1 int64");
    assertFields(Device.getDescriptor(), "ID=1 string", "health=2 string", "topology=3 message");
    assertFields(PreStartContainerRequest.getDescriptor(), "devices_ids=1 repeated string");
    assertFields(
        PreferredAllocationRequest.getDescriptor(), "container_requests=1 repeated message");
    assertFields(
        ContainerPreferredAllocationRequest.getDescriptor(),
        "available_deviceIDs=1 repeated string",
        "must_include_deviceIDs=2 repeated string",
        "allocation_size=3 int32");
    assertFields(
        PreferredAllocationResponse.getDescriptor(), "container_responses=1 repeated message");
    assertFields(
        ContainerPreferredAllocationResponse.getDescriptor(), "deviceIDs=1 repeated string");
    assertFields(AllocateRequest.getDescriptor(), "container_requests=1 repeated message");
    assertFields(ContainerAllocateRequest.getDescriptor(), "devices_ids=1 repeated string");
    assertFields(AllocateResponse.getDescriptor(), "container_responses=1 repeated message");
    assertFields(
        ContainerAllocateResponse.getDescriptor(),
        "envs=1 map",
        "mounts=2 repeated message",
        "devices=3 repeated message",
        "annotations=4 map",
        "cdi_devices=5 repeated message");
    assertFields(
        Mount.getDescriptor(), "container_path=1 string", "host_path=2 string", "read_only=3 bool");
    assertFields(
        DeviceSpec.getDescriptor(),
        "container_path=1 string",
        "host_path=2 string",
        "permissions=3 string");
    assertFields(CDIDevice.getDescriptor(), "name=1 string");
  }

  @Test
  void messagesLiveInTheV1beta1ProtoPackage() {
    assertThat(RegisterRequest.getDescriptor().getFullName()).isEqualTo("v1beta1.RegisterRequest");
    assertThat(AllocateResponse.getDescriptor().getFile().getPackage()).isEqualTo("v1beta1");
  }

  private static void assertFields(Descriptor message, String... expected) {
    Map<String, String> actual = new LinkedHashMap<>();
    for (FieldDescriptor f : message.getFields()) {
      actual.put(f.getName(), f.getNumber() + " " + shape(f));
    }
    Map<String, String> wanted = new LinkedHashMap<>();
    for (String e : expected) {
      String[] nameRest = e.split("=", 2);
      wanted.put(nameRest[0], nameRest[1]);
    }
    assertThat(actual).as(message.getFullName()).containsExactlyEntriesOf(wanted);
  }

  private static String shape(FieldDescriptor f) {
    if (f.isMapField()) {
      return "map";
    }
    String type =
        f.getJavaType() == FieldDescriptor.JavaType.MESSAGE
            ? "message"
            : f.getType().name().toLowerCase(java.util.Locale.ROOT);
    return f.isRepeated() ? "repeated " + type : type;
  }
}
