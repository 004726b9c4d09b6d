package io.odigos.odiglet.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.odigos.odiglet.agents.AgentsDirectory.MissingAgentsException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentsDirectoryTest {
  @TempDir Path tmp;

  @Test
  void anEmptyDirectoryNamesEveryMissingEntryPointAndTheScript() {
    assertThatThrownBy(() -> AgentsDirectory.at(tmp))
        .isInstanceOf(MissingAgentsException.class)
        .hasMessageContaining(AgentsDirectory.INSTALL_SCRIPT)
        .hasMessageContaining("java/javaagent.jar")
        .hasMessageContaining("nodejs/autoinstrumentation.js")
        .hasMessageContaining("python/sitecustomize.py")
        .hasMessageContaining("auto_instrumentation/__init__.py");
  }

  @Test
  void aDirectoryMissingOneAgentNamesOnlyThatOne() throws IOException {
    fill(tmp);
    Files.delete(tmp.resolve("nodejs/autoinstrumentation.js"));
    assertThatThrownBy(() -> AgentsDirectory.at(tmp))
        .hasMessageContaining("nodejs/autoinstrumentation.js")
        .hasMessageNotContaining("javaagent.jar");
  }

  @Test
  void aCompleteDirectoryGivesEachEntryPoint() throws IOException {
    fill(tmp);
    AgentsDirectory dir = AgentsDirectory.at(tmp);
    assertThat(dir.entryPoint(AgentEntryPoint.JAVA)).isEqualTo(tmp.resolve("java/javaagent.jar"));
    assertThat(dir.entryPoint(AgentEntryPoint.PYTHON)).isRegularFile();
  }

  @Test
  void anExplicitDirectoryWinsOverTheCache() throws IOException {
    fill(tmp);
    AgentsDirectory dir =
        AgentsDirectory.locate(
            Map.of(AgentsDirectory.DIR_ENV, tmp.toString()), Path.of("/nonexistent-home"));
    assertThat(dir.root()).isEqualTo(tmp.toAbsolutePath());
  }

  @Test
  void theCacheIsKeyedByTheVersionsHash() throws IOException {
    Path cache = tmp.resolve("cache");
    Path expected = cache.resolve(AgentsVersions.pinned().hash()).resolve("agents");
    Map<String, String> env = Map.of(AgentsDirectory.CACHE_ENV, cache.toString());
    assertThatThrownBy(() -> AgentsDirectory.locate(env, tmp))
        .as("nothing installed there yet")
        .hasMessageContaining(expected.toString());
    fill(expected);
    assertThat(AgentsDirectory.locate(env, tmp).root()).isEqualTo(expected);
    assertThat(AgentsDirectory.cachedPath(Map.of(), Path.of("/home/u"), AgentsVersions.pinned()))
        .startsWithRaw(Path.of("/home/u/.cache/odigos-agents"));
  }

  @Test
  void theHashIsTheOneTheInstallScriptComputes() throws Exception {
    Path versions = versionsFile();
    Process p = new ProcessBuilder("sha256sum", versions.toString()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    assertThat(AgentsVersions.pinned().hash()).isEqualTo(out.substring(0, 16));
  }

  @Test
  void pinsReadAsTheShellReadsThem() throws Exception {
    Path versions = versionsFile();
    Map<String, String> pins = AgentsVersions.pinned().pins();
    for (String name : pins.keySet()) {
      Process p =
          new ProcessBuilder(
                  "bash", "-c", "source \"$1\"; echo ${" + name + "}", "sh", versions.toString())
              .start();
      String shell = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      assertThat(p.waitFor()).isZero();
      assertThat(pins.get(name)).as(name).isEqualTo(shell);
    }
    assertThat(pins.get("JAVA_AGENT_GAV"))
        .startsWith("io.opentelemetry.javaagent:opentelemetry-javaagent:");
    assertThat(pins.get("NODE_PACKAGES")).contains("@opentelemetry/auto-instrumentations-node@");
    assertThat(pins.get("PYTHON_PACKAGES")).contains("opentelemetry-distro==");
  }

  private static Path versionsFile() throws URISyntaxException {
    return Path.of(AgentsVersions.class.getResource(AgentsVersions.RESOURCE).toURI());
  }

  private static void fill(Path root) throws IOException {
    for (AgentEntryPoint e : AgentEntryPoint.values()) {
      Path f = root.resolve(e.relativePath());
      Files.createDirectories(f.getParent());
      Files.writeString(f, "x");
    }
  }
}
