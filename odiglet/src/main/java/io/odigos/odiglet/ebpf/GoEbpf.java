package io.odigos.odiglet.ebpf;

import io.odigos.odiglet.ebpf.attach.GoAttachOutcome;
import io.odigos.odiglet.ebpf.attach.GoInstrumentationManager;
import io.odigos.odiglet.ebpf.attach.GoProbes;
import io.odigos.odiglet.ebpf.attach.GoTarget;
import io.odigos.odiglet.ebpf.golang.GoBinaryAnalyzer;
import io.odigos.odiglet.ebpf.golang.GoFunctionGroup;
import io.odigos.odiglet.ebpf.preflight.PreflightReport;
import io.odigos.odiglet.ebpf.trace.EpochClock;
import io.odigos.odiglet.ebpf.trace.GoEventPipeline;
import io.odigos.odiglet.ebpf.trace.OtlpTraceExporter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's eBPF Go instrumentation, assembled: the probes loaded once (the traceparent writer
 * only where the preflight allows it), their events turned into spans and exported to the node
 * collector, and the probed processes kept equal to the scan's Go targets.
 */
public final class GoEbpf implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(GoEbpf.class);

  private final OtlpTraceExporter exporter;
  private final GoProbes probes;
  private final GoInstrumentationManager manager;
  private final GoEventPipeline pipeline;
  private Map<Integer, GoAttachOutcome> last = Map.of();
  private long reconciles;

  private GoEbpf(
      OtlpTraceExporter exporter,
      GoProbes probes,
      GoInstrumentationManager manager,
      GoEventPipeline pipeline) {
    this.exporter = exporter;
    this.probes = probes;
    this.manager = manager;
    this.pipeline = pipeline;
  }

  /** Empty when disabled or when the node cannot run it (the preflight says why, in the log). */
  public static Optional<GoEbpf> start(EbpfSettings settings, PreflightReport preflight) {
    return launch(settings, preflight).running();
  }

  /** Whether the node's eBPF Go instrumentation runs, and if not, why (for the node's status). */
  public enum State {
    RUNNING,
    /** Switched off ({@code ODIGOS_EBPF=off}). */
    DISABLED,
    /** The preflight found the node unable (kernel, uprobes, libbpf, capabilities). */
    UNUSABLE,
    /** The preflight passed but loading the probes failed. */
    START_FAILED
  }

  /**
   * What starting came to: the preflight it was judged on, the running instrumentation (when it
   * runs) and otherwise the state and a sentence saying why it does not.
   */
  public record Launch(
      PreflightReport preflight, Optional<GoEbpf> running, State state, String problem) {
    /** Not started at all: switched off (tests and nodes without eBPF). */
    public static Launch off(PreflightReport preflight) {
      return new Launch(
          preflight,
          Optional.empty(),
          State.DISABLED,
          "eBPF Go instrumentation is switched off on this node (ODIGOS_EBPF=off)");
    }
  }

  /** Starts it when enabled and the preflight allows; never throws. */
  public static Launch launch(EbpfSettings settings, PreflightReport preflight) {
    if (!settings.enabled()) {
      log.info("eBPF Go instrumentation is off (ODIGOS_EBPF=off)");
      return Launch.off(preflight);
    }
    log.info("eBPF preflight: {}", preflight.summary());
    if (!preflight.ebpfUsable()) {
      log.warn("eBPF Go instrumentation is unavailable on this node: {}", preflight.summary());
      return new Launch(preflight, Optional.empty(), State.UNUSABLE, preflight.summary());
    }
    OtlpTraceExporter exporter =
        new OtlpTraceExporter(settings.otlpEndpoint(), settings.flushInterval(), 65_536);
    try {
      GoEventPipeline pipeline = new GoEventPipeline(EpochClock.now(), exporter::enqueue);
      GoProbes probes = GoProbes.load(preflight.contextPropagationPossible(), pipeline::accept);
      GoInstrumentationManager manager =
          new GoInstrumentationManager(
              probes, pipeline, GoBinaryAnalyzer::analyze, EnumSet.allOf(GoFunctionGroup.class));
      log.info(
          "eBPF Go instrumentation ready, spans to {}{}",
          settings.otlpEndpoint(),
          probes.propagates() ? "" : " (no traceparent writing: same-node context only)");
      return new Launch(
          preflight,
          Optional.of(new GoEbpf(exporter, probes, manager, pipeline)),
          State.RUNNING,
          "");
    } catch (RuntimeException e) {
      exporter.close();
      log.warn("cannot start the eBPF Go instrumentation: {}", e.getMessage());
      return new Launch(
          preflight,
          Optional.empty(),
          State.START_FAILED,
          "the eBPF Go probes could not be loaded: " + e.getMessage());
    }
  }

  /** Probes exactly these processes; logs what changed. */
  public synchronized Map<Integer, GoAttachOutcome> reconcile(List<GoTarget> targets) {
    Map<Integer, GoAttachOutcome> now = manager.reconcile(targets);
    Map<Integer, GoAttachOutcome> changed = new HashMap<>(now);
    changed.entrySet().removeIf(e -> e.getValue().equals(last.get(e.getKey())));
    changed.forEach((pid, o) -> log.info("Go process {}: {} — {}", pid, o.reason(), o.message()));
    last = now;
    reconciles++;
    return now;
  }

  /** The outcome per probed (or refused) process, as of the last pass. */
  public synchronized Map<Integer, GoAttachOutcome> outcomes() {
    return last;
  }

  /** How many passes ran. */
  public synchronized long reconcileCount() {
    return reconciles;
  }

  /** Whether the loaded probes write traceparent into outgoing requests (decided at start). */
  public boolean propagates() {
    return probes.propagates();
  }

  public GoEventPipeline pipeline() {
    return pipeline;
  }

  public OtlpTraceExporter exporter() {
    return exporter;
  }

  @Override
  public synchronized void close() {
    manager.close();
    probes.close();
    exporter.close();
  }
}
