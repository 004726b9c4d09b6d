package io.odigos.testbed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestbedLayoutTest {

  @Test
  void readsThePinnedVersionsFromTheRepository() {
    TestbedLayout layout = TestbedLayout.discover();
    assertThat(layout.kubernetesVersion()).matches("1\\.\\d+\\.\\d+");
    assertThat(layout.version("ETCD_VERSION")).startsWith("3.");
  }

  @Test
  void aMissingBinaryFailsWithTheCommandThatBuildsIt(@TempDir Path emptyCache) {
    TestbedLayout real = TestbedLayout.discover();
    TestbedLayout layout = new TestbedLayout(real.repoRoot(), emptyCache, real.versions());
    assertThatThrownBy(() -> layout.kubeBinary("kube-apiserver"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("testbed/install.sh k8s");
    assertThatThrownBy(layout::otelcol).hasMessageContaining("testbed/install.sh otelcol");
  }

  @Test
  void versionsFileIgnoresCommentsAndBlankLines(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("versions.env");
    Files.writeString(f, "# pinned\n\nK8S_VERSION=1.2.3\n  ETCD_VERSION = 3.6.0 \n");
    assertThat(TestbedLayout.readVersions(f))
        .isEqualTo(Map.of("K8S_VERSION", "1.2.3", "ETCD_VERSION", "3.6.0"));
  }
}
