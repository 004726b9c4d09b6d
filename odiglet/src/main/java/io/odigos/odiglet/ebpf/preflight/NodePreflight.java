package io.odigos.odiglet.ebpf.preflight;

import io.odigos.odiglet.ebpf.libbpf.LibbpfVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks whether this node can run eBPF Go instrumentation, from the files the kernel exposes: the
 * kernel version ({@value #MIN_MAJOR}.{@value #MIN_MINOR}+ for BPF ring buffers), BTF, the uprobe
 * PMU, the lockdown mode, libbpf's version, and the odiglet's own capabilities. The file system
 * root is a parameter ({@code /} on a node, a directory of sample files in tests); the checks never
 * throw, an unreadable file is a failed check that says so.
 */
public final class NodePreflight {
  public static final String KERNEL = "kernel";
  public static final String BTF = "btf";
  public static final String UPROBES = "uprobes";
  public static final String LOCKDOWN = "lockdown";
  public static final String LIBBPF = "libbpf";
  public static final String CAPABILITIES = "capabilities";
  public static final String WRITE_USER = "probe-write-user";

  static final int MIN_MAJOR = 5;
  static final int MIN_MINOR = 8;
  private static final int MAX_READ = 64 * 1024;

  private final Path root;
  private final Supplier<LibbpfVersion> libbpf;

  /**
   * @param root the file system root to read {@code proc/} and {@code sys/} under
   * @param libbpf the loaded libbpf's version (may throw when libbpf cannot be loaded)
   */
  public NodePreflight(Path root, Supplier<LibbpfVersion> libbpf) {
    this.root = root;
    this.libbpf = libbpf;
  }

  /** This machine, with the libbpf this JVM loads. */
  public static NodePreflight system() {
    return new NodePreflight(Path.of("/"), LibbpfVersion::current);
  }

  /** Runs every check. */
  public PreflightReport run() {
    List<PreflightCheck> checks = new ArrayList<>();
    checks.add(kernel(read("proc/sys/kernel/osrelease")));
    checks.add(btf(Files.isRegularFile(root.resolve("sys/kernel/btf/vmlinux"))));
    checks.add(uprobes(read("sys/bus/event_source/devices/uprobe/type")));
    checks.add(lockdown(read("sys/kernel/security/lockdown")));
    checks.add(libbpf());
    Optional<Capabilities> caps = read("proc/self/status").flatMap(Capabilities::parseStatus);
    checks.add(capabilities(caps));
    checks.add(writeUser(caps));
    return new PreflightReport(checks);
  }

  static PreflightCheck kernel(Optional<String> osrelease) {
    if (osrelease.isEmpty()) {
      return new PreflightCheck(KERNEL, false, "cannot read /proc/sys/kernel/osrelease");
    }
    Optional<KernelVersion> v = KernelVersion.parse(osrelease.get());
    if (v.isEmpty()) {
      return new PreflightCheck(
          KERNEL, false, "unrecognised kernel release '" + osrelease.get().strip() + "'");
    }
    boolean ok = v.get().atLeast(MIN_MAJOR, MIN_MINOR);
    return new PreflightCheck(
        KERNEL,
        ok,
        osrelease.get().strip()
            + (ok ? "" : ": older than " + MIN_MAJOR + "." + MIN_MINOR + " (no BPF ring buffer)"));
  }

  static PreflightCheck btf(boolean present) {
    return new PreflightCheck(
        BTF,
        present,
        present
            ? "/sys/kernel/btf/vmlinux present"
            : "/sys/kernel/btf/vmlinux absent: programs relying on kernel BTF (CO-RE) cannot load");
  }

  static PreflightCheck uprobes(Optional<String> pmuType) {
    if (pmuType.isEmpty()) {
      return new PreflightCheck(
          UPROBES,
          false,
          "no uprobe PMU (/sys/bus/event_source/devices/uprobe/type): kernel without CONFIG_UPROBE_EVENTS");
    }
    String t = pmuType.get().strip();
    boolean ok = t.matches("\\d+");
    return new PreflightCheck(
        UPROBES, ok, ok ? "uprobe PMU type " + t : "unreadable uprobe PMU type '" + t + "'");
  }

  /** {@code content} empty when the file is absent (no lockdown LSM). */
  static PreflightCheck lockdown(Optional<String> content) {
    Optional<Lockdown> mode = Lockdown.parse(content.orElse(null));
    if (mode.isEmpty()) {
      return new PreflightCheck(
          LOCKDOWN, false, "unrecognised lockdown state '" + content.orElse("").strip() + "'");
    }
    Lockdown m = mode.get();
    String where = content.isEmpty() ? " (no /sys/kernel/security/lockdown)" : "";
    return new PreflightCheck(
        LOCKDOWN,
        !m.blocksProbeWriteUser(),
        m.name().toLowerCase(java.util.Locale.ROOT)
            + where
            + (m.blocksProbeWriteUser()
                ? ": bpf_probe_write_user is forbidden, so trace context cannot be written into outgoing requests"
                : ""));
  }

  private PreflightCheck libbpf() {
    try {
      LibbpfVersion v = libbpf.get();
      boolean ok = v.atLeast(1, 1);
      return new PreflightCheck(
          LIBBPF, ok, "libbpf " + v + (ok ? "" : ": 1.1 or newer is required"));
    } catch (RuntimeException e) {
      return new PreflightCheck(LIBBPF, false, e.getMessage());
    }
  }

  static PreflightCheck capabilities(Optional<Capabilities> caps) {
    if (caps.isEmpty()) {
      return new PreflightCheck(CAPABILITIES, false, "cannot read CapEff of /proc/self/status");
    }
    Capabilities c = caps.get();
    return new PreflightCheck(
        CAPABILITIES,
        c.canLoadAndAttach(),
        c.describe()
            + (c.canLoadAndAttach() ? "" : ": needs CAP_BPF + CAP_PERFMON or CAP_SYS_ADMIN"));
  }

  static PreflightCheck writeUser(Optional<Capabilities> caps) {
    boolean ok = caps.map(Capabilities::canWriteUserMemory).orElse(false);
    return new PreflightCheck(
        WRITE_USER,
        ok,
        ok
            ? "CAP_SYS_ADMIN held"
            : "bpf_probe_write_user needs CAP_SYS_ADMIN, which the odiglet does not have");
  }

  /** A small file's content; empty when it is absent or unreadable. */
  private Optional<String> read(String relative) {
    Path p = root.resolve(relative);
    try {
      byte[] b = Files.readAllBytes(p);
      return Optional.of(new String(b, 0, Math.min(b.length, MAX_READ), StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }
}
