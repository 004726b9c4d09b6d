package io.odigos.odiglet.ebpf.vm;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.odiglet.ebpf.golang.GoServices;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The traceparent writer proven in a kernel that allows it: this host's kernel forces lockdown
 * (integrity), under which the verifier refuses {@code bpf_probe_write_user}, so the test boots a
 * small VM ({@code bpf/vm/run-in-vm.sh}: a Debian kernel without lockdown, the host's filesystem
 * read-only) and runs {@link TraceparentWriterVmMain} in it with this JDK and this test classpath.
 * Fails, never skips, when the VM tooling is missing; the message names {@code
 * bpf/vm/install-vm.sh}. {@code -Dgo.variant=go1.21} picks another Go build (default: the newest).
 */
class TraceparentWriterVmIT {
  private static final int REQUESTS = Integer.getInteger("vm.requests", 200);

  @Test
  void theClientProbeWritesTraceparentIntoOutgoingRequests() throws Exception {
    Path repo = GoServices.moduleDir().getParent();
    Path runInVm = repo.resolve("bpf/vm/run-in-vm.sh");
    assertThat(runInVm).as("the VM runner").isExecutable();
    String only = System.getProperty("go.variant", "");
    GoServices.Variant variant =
        GoServices.variants().stream()
            .filter(v -> !v.stripped() && v.toString().contains(only))
            .reduce((a, b) -> b)
            .orElseThrow(() -> new IllegalStateException("no Go build matches " + only));

    List<String> classpath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(e -> !e.isBlank())
            .toList();
    // the guest sees the host's files, but its /tmp is its own
    assertThat(classpath)
        .as("the test classpath, which the VM must see")
        .allMatch(e -> Files.exists(Path.of(e)) && !Path.of(e).toAbsolutePath().startsWith("/tmp"));

    List<String> cmd = new ArrayList<>();
    cmd.addAll(List.of(runInVm.toString(), "--timeout", "900", "--"));
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(
        List.of(
            "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    cmd.addAll(List.of("-cp", String.join(File.pathSeparator, classpath)));
    cmd.add(TraceparentWriterVmMain.class.getName());
    cmd.add(variant.binary().toString());
    cmd.add(Integer.toString(REQUESTS));

    long t0 = System.nanoTime();
    Process vm = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(vm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(vm.waitFor(20, TimeUnit.MINUTES)).isTrue();
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("VM run (%s) took %.1f s; its output:%n%s%n", variant, seconds, out);

    assertThat(vm.exitValue())
        .as("exit code of the VM run (125: the VM could not run: see the message)%n%s", out)
        .isZero();
    assertThat(out)
        .as("the in-VM verdict")
        .contains("VERDICT PASS requests=" + REQUESTS + " with-traceparent=" + REQUESTS)
        .doesNotContain("VERDICT FAIL");
  }
}
