package io.odigos.odiglet.inspect.cgroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CgroupPathsTest {
  static final String ID = "4f8a7a1c6c0b0e2f6d1b9c3e5a7d9f1b3c5e7a9d1f3b5c7e9a1d3f5b7c9e1a3d";
  static final String UID = "0d3b2f4a-6c8e-4a1b-9d2f-3e5a7c9b1d4f";

  @Test
  void cgroupV2SystemdContainerd() {
    assertPod(
        "0::/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod"
            + UID.replace('-', '_')
            + ".slice/cri-containerd-"
            + ID
            + ".scope",
        "containerd");
  }

  @Test
  void cgroupV2SystemdCrio() {
    assertPod(
        "0::/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod"
            + UID.replace('-', '_')
            + ".slice/crio-"
            + ID
            + ".scope",
        "cri-o");
  }

  @Test
  void crioConmonIsNotTheContainer() {
    assertThat(
            CgroupPaths.container(
                List.of(
                    "0::/kubepods.slice/kubepods-pod"
                        + UID.replace('-', '_')
                        + ".slice/crio-conmon-"
                        + ID
                        + ".scope")))
        .isEmpty();
  }

  @Test
  void guaranteedPodSystemdDocker() {
    assertPod(
        "0::/kubepods.slice/kubepods-pod"
            + UID.replace('-', '_')
            + ".slice/docker-"
            + ID
            + ".scope",
        "docker");
  }

  @Test
  void cgroupV1CgroupfsLayoutAmongControllers() {
    Optional<CgroupContainer> c =
        CgroupPaths.container(
            List.of(
                "12:hugetlb:/",
                "11:memory:/kubepods/burstable/pod" + UID + "/" + ID,
                "10:cpu,cpuacct:/kubepods/burstable/pod" + UID + "/" + ID,
                "1:name=systemd:/kubepods/burstable/pod" + UID + "/" + ID,
                "0::/"));
    assertThat(c).contains(new CgroupContainer(Optional.of(UID), ID, "unknown"));
  }

  @Test
  void cgroupV1SystemdLayout() {
    assertPod(
        "1:name=systemd:/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod"
            + UID.replace('-', '_')
            + ".slice/cri-containerd-"
            + ID
            + ".scope",
        "containerd");
  }

  @Test
  void cgroupV2CgroupfsLayout() {
    assertPod("0::/kubepods/besteffort/pod" + UID + "/" + ID, "unknown");
  }

  @Test
  void kindNestedKubeletSlice() {
    assertPod(
        "0::/kubelet.slice/kubelet-kubepods.slice/kubelet-kubepods-besteffort.slice/"
            + "kubelet-kubepods-besteffort-pod"
            + UID.replace('-', '_')
            + ".slice/cri-containerd-"
            + ID
            + ".scope",
        "containerd");
  }

  @Test
  void pathRelativeToTheOdigletsOwnCgroupNamespace() {
    assertPod(
        "0::/../../kubepods-burstable-pod"
            + UID.replace('-', '_')
            + ".slice/cri-containerd-"
            + ID
            + ".scope",
        "containerd");
  }

  @Test
  void staticPodUidIsAHash() {
    String hash = "6b0d58f4c2e7d3f2b4a1c9e8d7f6a5b4";
    assertThat(CgroupPaths.container(List.of("0::/kubepods/burstable/pod" + hash + "/" + ID)))
        .contains(new CgroupContainer(Optional.of(hash), ID, "unknown"));
  }

  @Test
  void plainDockerV1AndV2HaveNoPod() {
    assertThat(CgroupPaths.container(List.of("4:memory:/docker/" + ID)))
        .contains(new CgroupContainer(Optional.empty(), ID, "docker"));
    assertThat(CgroupPaths.container(List.of("0::/system.slice/docker-" + ID + ".scope")))
        .contains(new CgroupContainer(Optional.empty(), ID, "docker"));
  }

  @Test
  void hostProcessesAndGarbageHaveNoContainer() {
    assertThat(
            CgroupPaths.container(
                List.of(
                    "0::/user.slice/user-1000.slice/session-3.scope",
                    "0::/system.slice/containerd.service",
                    "4:memory:/process_api/a5482e50ceeabcebb088a0a964bd976c",
                    "garbage without colons",
                    "::",
                    "0::/kubepods/podnot-a-uid/xyz",
                    "\u0000\uFFFD:::/")))
        .isEmpty();
  }

  private static void assertPod(String line, String runtime) {
    assertThat(CgroupPaths.container(List.of(line)))
        .as(line)
        .contains(new CgroupContainer(Optional.of(UID), ID, runtime));
  }
}
