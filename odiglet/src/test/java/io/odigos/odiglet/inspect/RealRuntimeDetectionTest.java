package io.odigos.odiglet.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer.LibCType;
import io.odigos.odiglet.inspect.detect.OtherAgents;
import io.odigos.odiglet.inspect.proc.ProcFs;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts real runtimes on this machine, inspects their PIDs through the real {@code /proc}, and
 * checks language and exact version against what each toolchain itself reports.
 */
class RealRuntimeDetectionTest {
  static final String JAVA_17 = "/usr/lib/jvm/java-17-openjdk-amd64/bin/java";
  static final String JAVA_25 = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java";
  static final WorkloadContainer APP = new WorkloadContainer("shop", "Deployment", "demo", "app");

  @TempDir Path tmp;

  @Test
  void java17() throws IOException {
    assertJava(Programs.tool("java", JAVA_17), JAVA_17);
  }

  @Test
  void java25() throws IOException {
    assertJava(Programs.tool("java", JAVA_25), JAVA_25);
  }

  private void assertJava(String java, String expectedExe) throws IOException {
    assertThat(java).isEqualTo(expectedExe);
    String expected = javaVersion(java);
    Path main = readyJava();
    try (Programs.Running p = Programs.startReady(labelled(), java, main.toString())) {
      RuntimeDetailsByContainer d = inspectAsContainer(p.pid());
      assertThat(d.getLanguage()).isEqualTo(ProgrammingLanguage.JAVA);
      assertThat(d.getRuntimeVersion()).isEqualTo(expected);
      assertThat(d.getLibCType()).isEqualTo(LibCType.glibc);
      assertThat(d.getSecureExecutionMode()).isFalse();
      assertThat(d.getOtherAgent()).isNull();
    }
  }

  @Test
  void javaWithAnotherVendorsAgent() throws Exception {
    Path agent = agentJar(tmp.resolve("dd-java-agent.jar"));
    Path main = readyJava();
    Map<String, String> env = labelled();
    try (Programs.Running p =
        Programs.startReady(
            env, Programs.tool("java", JAVA_17), "-javaagent:" + agent, main.toString())) {
      RuntimeDetailsByContainer d = inspectAsContainer(p.pid());
      assertThat(d.getLanguage()).isEqualTo(ProgrammingLanguage.JAVA);
      assertThat(d.getRuntimeVersion()).isEqualTo(javaVersion(JAVA_17));
      assertThat(d.getOtherAgent()).isNotNull();
      assertThat(d.getOtherAgent().name()).isEqualTo(OtherAgents.DATADOG);
    }
  }

  @Test
  void python() {
    String python3 = Programs.tool("python3");
    String expected =
        Programs.output(python3, "-c", "import platform;print(platform.python_version())").strip();
    // pyenv's python3 is a shell shim: start the interpreter it resolves to
    String real = Programs.output(python3, "-c", "import sys;print(sys.executable)").strip();
    try (Programs.Running p =
        Programs.startReady(
            labelled(), real, "-c", "import time;print('ready',flush=True);time.sleep(600)")) {
      RuntimeDetailsByContainer d = inspectAsContainer(p.pid());
      assertThat(d.getLanguage()).isEqualTo(ProgrammingLanguage.PYTHON);
      assertThat(d.getRuntimeVersion()).isEqualTo(expected);
      assertThat(d.getLibCType()).isEqualTo(LibCType.glibc);
    }
  }

  @Test
  void node() {
    String node = Programs.tool("node");
    String expected = Programs.output(node, "--version").strip().replaceFirst("^v", "");
    Map<String, String> env = labelled();
    env.put("NODE_OPTIONS", "--max-old-space-size=64");
    try (Programs.Running p =
        Programs.startReady(env, node, "-e", "console.log('ready');setInterval(()=>{},1e6)")) {
      RuntimeDetailsByContainer d = inspectAsContainer(p.pid());
      assertThat(d.getLanguage()).isEqualTo(ProgrammingLanguage.JAVASCRIPT);
      assertThat(d.getRuntimeVersion()).isEqualTo(expected);
      assertThat(d.getEnvVars())
          .containsExactly(
              new RuntimeDetailsByContainer.EnvVar("NODE_OPTIONS", "--max-old-space-size=64"));
    }
  }

  @Test
  void goBinaryBuiltHere() throws IOException {
    String go = Programs.tool("go", "/usr/local/go/bin/go");
    Map<String, String> env =
        Map.of("GOFLAGS", "-mod=mod", "CGO_ENABLED", "0", "GOTOOLCHAIN", "local");
    String expected = Programs.output(env, tmp, go, "env", "GOVERSION").strip();
    Files.writeString(tmp.resolve("go.mod"), "module example.com/sleeper\n\ngo 1.22\n");
    Files.writeString(
        tmp.resolve("main.go"),
        """
        package main

        import (
        \t"fmt"
        \t"time"
        )

        func main() {
        \tfmt.Println("ready")
        \ttime.Sleep(10 * time.Minute)
        }
        """);
    Programs.output(env, tmp, go, "build", "-o", "sleeper", ".");
    try (Programs.Running p = Programs.startReady(labelled(), tmp.resolve("sleeper").toString())) {
      RuntimeDetailsByContainer d = inspectAsContainer(p.pid());
      assertThat(d.getLanguage()).isEqualTo(ProgrammingLanguage.GO);
      assertThat("go" + d.getRuntimeVersion()).isEqualTo(expected);
      assertThat(d.getLibCType()).as("static binary: no libc").isNull();
    }
  }

  @Test
  void cppBinaryBuiltHere() throws IOException {
    String gpp = Programs.tool("g++");
    String expected = "gcc " + Programs.output(gpp, "-dumpfullversion").strip();
    Files.writeString(
        tmp.resolve("main.cpp"),
        """
        #include <iostream>
        #include <thread>
        #include <chrono>
        int main() {
          std::cout << "ready" << std::endl;
          std::this_thread::sleep_for(std::chrono::minutes(10));
        }
        """);
    Programs.output(Map.of(), tmp, gpp, "-O1", "-o", "sleeper", "main.cpp");
    try (Programs.Running p = Programs.startReady(labelled(), tmp.resolve("sleeper").toString())) {
      RuntimeDetailsByContainer d = inspectAsContainer(p.pid());
      assertThat(d.getLanguage()).isEqualTo(ProgrammingLanguage.CPLUSPLUS);
      assertThat(d.getRuntimeVersion()).isEqualTo(expected);
      assertThat(d.getLibCType()).isEqualTo(LibCType.glibc);
    }
  }

  @Test
  void rustBinaryBuiltHere() throws IOException {
    String rustc = Programs.tool("rustc", System.getProperty("user.home") + "/.cargo/bin/rustc");
    Matcher m =
        Pattern.compile("rustc (\\d+\\.\\d+\\.\\d+)").matcher(Programs.output(rustc, "--version"));
    assertThat(m.find()).isTrue();
    Files.writeString(
        tmp.resolve("main.rs"),
        "fn main(){println!(\"ready\");std::thread::sleep(std::time::Duration::from_secs(600));}");
    Programs.output(Map.of(), tmp, rustc, "-O", "-o", "sleeper", "main.rs");
    try (Programs.Running p = Programs.startReady(labelled(), tmp.resolve("sleeper").toString())) {
      RuntimeDetailsByContainer d = inspectAsContainer(p.pid());
      assertThat(d.getLanguage()).isEqualTo(ProgrammingLanguage.RUST);
      assertThat(d.getRuntimeVersion()).isEqualTo(m.group(1));
    }
  }

  /** Inspects the process through the real /proc and aggregates it as a host-mode container. */
  private static RuntimeDetailsByContainer inspectAsContainer(int pid) {
    ProcessInspector inspector =
        new ProcessInspector(ProcFs.system(), HostAttribution.labelsOnly());
    InspectedProcess process = inspector.inspect(pid).orElseThrow();
    assertThat(process.owner()).isEqualTo(new ProcessOwner.HostWorkload(APP));
    Map<ContainerAggregator.WorkloadKey, List<RuntimeDetailsByContainer>> byWorkload =
        ContainerAggregator.byWorkload(List.of(process), ContainerAggregator::hostMode);
    List<RuntimeDetailsByContainer> details =
        byWorkload.get(new ContainerAggregator.WorkloadKey("shop", "deployment-demo"));
    assertThat(details).hasSize(1);
    assertThat(details.get(0).getContainerName()).isEqualTo("app");
    System.out.printf(
        "pid %d %s: %s %s (%s)%n",
        pid,
        process.exeName(),
        process.runtime().language().wireName(),
        process.runtime().runtimeVersion(),
        process.runtime().versionSource());
    return details.get(0);
  }

  private static Map<String, String> labelled() {
    return new java.util.HashMap<>(
        Map.of(HostAttribution.LABEL_VARIABLE, HostAttribution.label(APP)));
  }

  /** {@code java.version} as the JVM itself reports it. */
  static String javaVersion(String java) {
    String settings = Programs.output(java, "-XshowSettings:properties", "-version");
    Matcher m = Pattern.compile("(?m)^\\s*java\\.version = (\\S+)\\s*$").matcher(settings);
    assertThat(m.find()).as("java.version in %s", settings).isTrue();
    return m.group(1);
  }

  private Path readyJava() throws IOException {
    Path main = tmp.resolve("Ready.java");
    Files.writeString(
        main,
        """
        public class Ready {
          public static void main(String[] args) throws Exception {
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(600_000);
          }
        }
        """);
    return main;
  }

  /** A minimal but valid Java agent (Premain-Class that does nothing), compiled for Java 17. */
  private Path agentJar(Path jar) throws IOException {
    Path src = tmp.resolve("agent-src/example/NoopAgent.java");
    Files.createDirectories(src.getParent());
    Files.writeString(
        src,
        "package example; public class NoopAgent {"
            + " public static void premain(String a, java.lang.instrument.Instrumentation i) {} }");
    Path classes = tmp.resolve("agent-classes");
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int rc =
        javac.run(null, null, null, "--release", "17", "-d", classes.toString(), src.toString());
    assertThat(rc).as("javac exit").isZero();
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    mf.getMainAttributes().putValue("Premain-Class", "example.NoopAgent");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out, mf)) {
      j.putNextEntry(new JarEntry("example/NoopAgent.class"));
      j.write(Files.readAllBytes(classes.resolve("example/NoopAgent.class")));
      j.closeEntry();
    }
    return jar;
  }
}
