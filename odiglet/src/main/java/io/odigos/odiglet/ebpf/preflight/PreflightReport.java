package io.odigos.odiglet.ebpf.preflight;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@link NodePreflight} found on a node: one {@link PreflightCheck} per aspect, and what they
 * mean together: whether eBPF Go instrumentation can run at all ({@link #ebpfUsable()}) and whether
 * it can also propagate trace context into outgoing requests ({@link
 * #contextPropagationPossible()}). Shown on the odiglet's node status.
 */
public record PreflightReport(List<PreflightCheck> checks) {
  /** Checks that must pass for any eBPF instrumentation. */
  public static final List<String> REQUIRED =
      List.of(
          NodePreflight.KERNEL,
          NodePreflight.UPROBES,
          NodePreflight.LIBBPF,
          NodePreflight.CAPABILITIES);

  public PreflightReport {
    checks = List.copyOf(checks);
  }

  public Optional<PreflightCheck> check(String name) {
    return checks.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** Every required check passed: programs can be loaded and uprobes attached. */
  public boolean ebpfUsable() {
    return REQUIRED.stream().allMatch(this::passed);
  }

  /**
   * eBPF is usable and {@code bpf_probe_write_user} is allowed (no lockdown, CAP_SYS_ADMIN): the
   * client probes can write {@code traceparent} into outgoing requests.
   */
  public boolean contextPropagationPossible() {
    return ebpfUsable() && passed(NodePreflight.LOCKDOWN) && passed(NodePreflight.WRITE_USER);
  }

  /** One line for a person, e.g. "eBPF usable, context propagation off (lockdown: ...)". */
  public String summary() {
    if (!ebpfUsable()) {
      return "eBPF unusable: "
          + REQUIRED.stream()
              .map(n -> check(n).orElse(new PreflightCheck(n, false, "not checked")))
              .filter(c -> !c.ok())
              .map(c -> c.name() + ": " + c.detail())
              .collect(Collectors.joining("; "));
    }
    if (!contextPropagationPossible()) {
      return "eBPF usable, context propagation off ("
          + checks.stream()
              .filter(
                  c ->
                      !c.ok()
                          && (c.name().equals(NodePreflight.LOCKDOWN)
                              || c.name().equals(NodePreflight.WRITE_USER)))
              .map(c -> c.name() + ": " + c.detail())
              .collect(Collectors.joining("; "))
          + ")";
    }
    return "eBPF usable, context propagation possible";
  }

  private boolean passed(String name) {
    return check(name).map(PreflightCheck::ok).orElse(false);
  }
}
