package io.odigos.odiglet.deviceplugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.odigos.odiglet.deviceplugin.v1beta1.AllocateRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.AllocateResponse;
import io.odigos.odiglet.deviceplugin.v1beta1.ContainerAllocateRequest;
import io.odigos.odiglet.deviceplugin.v1beta1.ContainerAllocateResponse;
import io.odigos.odiglet.deviceplugin.v1beta1.Mount;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationPlannerTest {
  private final AllocationPlanner planner =
      new AllocationPlanner(new VirtualDevices(3), "/host/odigos", "/var/odigos");

  @SafeVarargs
  private static AllocateRequest request(List<String>... containers) {
    AllocateRequest.Builder b = AllocateRequest.newBuilder();
    for (List<String> ids : containers) {
      b.addContainerRequests(ContainerAllocateRequest.newBuilder().addAllDevicesIds(ids));
    }
    return b.build();
  }

  @Test
  void eachContainerGetsTheReadOnlyAgentsMountAndTheDirectoryVariable() throws Exception {
    AllocateResponse response = planner.plan(request(List.of("generic-0"), List.of("generic-2")));

    assertThat(response.getContainerResponsesList()).hasSize(2);
    for (ContainerAllocateResponse container : response.getContainerResponsesList()) {
      assertThat(container.getMountsList())
          .containsExactly(
              Mount.newBuilder()
                  .setHostPath("/host/odigos")
                  .setContainerPath("/var/odigos")
                  .setReadOnly(true)
                  .build());
      assertThat(container.getEnvsMap())
          .containsExactly(Map.entry("ODIGOS_AGENTS_DIR", "/var/odigos"));
      assertThat(container.getDevicesList()).isEmpty();
      assertThat(container.getAnnotationsMap()).isEmpty();
    }
  }

  @Test
  void aContainerWithSeveralDevicesStillGetsOneMount() throws Exception {
    AllocateResponse response = planner.plan(request(List.of("generic-0", "generic-1")));

    assertThat(response.getContainerResponsesList()).hasSize(1);
    assertThat(response.getContainerResponses(0).getMountsList()).hasSize(1);
  }

  @Test
  void noContainersGiveAnEmptyAnswer() throws Exception {
    assertThat(planner.plan(AllocateRequest.getDefaultInstance()).getContainerResponsesList())
        .isEmpty();
  }

  @Test
  void unknownIdsAreRejectedAndAllNamed() {
    assertThatThrownBy(
            () -> planner.plan(request(List.of("generic-0", "gpu-7"), List.of("generic-3"))))
        .isInstanceOf(InvalidAllocationException.class)
        .hasMessageContaining("unknown device IDs [gpu-7, generic-3]")
        .hasMessageContaining("generic-0..generic-2");
  }

  @Test
  void aContainerAskingForNothingIsRejected() {
    assertThatThrownBy(() -> planner.plan(request(List.of("generic-0"), List.of())))
        .isInstanceOf(InvalidAllocationException.class)
        .hasMessageContaining("container request #1 lists no device IDs");
  }

  @Test
  void plannerFromConfigUsesTheConfiguredPaths() throws Exception {
    DevicePluginConfig config =
        DevicePluginConfig.defaults().withAgentsHostDir(Path.of("/opt/agents"));
    Mount mount =
        AllocationPlanner.of(config)
            .plan(request(List.of("generic-99")))
            .getContainerResponses(0)
            .getMounts(0);

    assertThat(mount.getHostPath()).isEqualTo("/opt/agents");
    assertThat(mount.getContainerPath()).isEqualTo("/var/odigos");
    assertThat(mount.getReadOnly()).isTrue();
  }
}
