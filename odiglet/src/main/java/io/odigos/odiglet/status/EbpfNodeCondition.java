package io.odigos.odiglet.status;

import io.odigos.odiglet.ebpf.GoEbpf;
import io.odigos.odiglet.ebpf.preflight.PreflightCheck;
import io.odigos.odiglet.ebpf.preflight.PreflightReport;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The node condition through which the odiglet tells whether eBPF Go instrumentation works on its
 * node ({@value #TYPE}), as a pure function of the node's preflight and of whether the
 * instrumentation started: True when it runs (reason {@value #USABLE}, or {@value
 * #PROPAGATION_BLOCKED} when it runs but cannot write trace context into outgoing requests), False
 * otherwise ({@value #UNAVAILABLE}, {@value #DISABLED}, {@value #START_FAILED}). The message is the
 * preflight's summary followed by every check's finding (kernel, BTF, uprobes, lockdown mode,
 * libbpf version, capabilities).
 *
 * @param status {@code True} or {@code False}
 */
public record EbpfNodeCondition(String type, String status, String reason, String message) {
  public static final String TYPE = "OdigosEbpfReady";
  public static final String USABLE = "EbpfUsable";
  public static final String PROPAGATION_BLOCKED = "ContextPropagationBlocked";
  public static final String UNAVAILABLE = "EbpfUnavailable";
  public static final String DISABLED = "EbpfDisabled";
  public static final String START_FAILED = "EbpfStartFailed";

  /** The longest message written (the API server takes more; a person reads less). */
  static final int MAX_MESSAGE = 1024;

  public EbpfNodeCondition {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /**
   * @param state whether the instrumentation runs, and if not why
   * @param propagates whether the running probes write trace context (decided when they loaded)
   * @param problem the sentence saying why it does not run ("" when it runs)
   * @param report the node's latest preflight
   */
  public static EbpfNodeCondition of(
      GoEbpf.State state, boolean propagates, String problem, PreflightReport report) {
    String findings = findings(report);
    return switch (state) {
      case DISABLED -> condition(false, DISABLED, problem + " — " + findings);
      case START_FAILED -> condition(false, START_FAILED, problem + " — " + findings);
      case UNUSABLE, RUNNING -> {
        if (!report.ebpfUsable()) {
          yield condition(false, UNAVAILABLE, report.summary() + " — " + findings);
        }
        if (state == GoEbpf.State.UNUSABLE) {
          // judged unusable at start; the node has changed since, the odiglet has not
          yield condition(
              false,
              UNAVAILABLE,
              "eBPF became usable after the odiglet started; restart the odiglet to instrument Go"
                  + " — "
                  + findings);
        }
        if (!report.contextPropagationPossible()) {
          yield condition(true, PROPAGATION_BLOCKED, report.summary() + " — " + findings);
        }
        yield propagates
            ? condition(true, USABLE, report.summary() + " — " + findings)
            : condition(
                true,
                PROPAGATION_BLOCKED,
                "context propagation became possible after the odiglet started; restart the"
                    + " odiglet to write trace context into outgoing requests — "
                    + findings);
      }
    };
  }

  /** "kernel: 6.18.0; btf: ...; lockdown: none; libbpf: libbpf 1.1.2 ..." (failed ones marked). */
  static String findings(PreflightReport report) {
    return report.checks().stream()
        .map(EbpfNodeCondition::finding)
        .collect(Collectors.joining("; "));
  }

  private static String finding(PreflightCheck c) {
    return c.name() + (c.ok() ? ": " : " [failed]: ") + c.detail();
  }

  private static EbpfNodeCondition condition(boolean ok, String reason, String message) {
    String m =
        message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
    return new EbpfNodeCondition(TYPE, ok ? "True" : "False", reason, m);
  }
}
