package io.odigos.odiglet.ebpf.attach;

import io.odigos.odiglet.ebpf.golang.GoBinaryAnalysis;
import io.odigos.odiglet.ebpf.golang.GoFunctionGroup;
import io.odigos.odiglet.ebpf.golang.UnsupportedGoBinaryException;
import io.odigos.odiglet.ebpf.trace.GoEventPipeline;
import io.odigos.odiglet.ebpf.trace.ProcessTelemetry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Keeps the probed Go processes equal to the wanted ones: each {@link #reconcile} attaches to the
 * new targets (already running processes included: no restart), detaches from those no longer
 * wanted and forgets processes that exited (their uprobes and configuration go with them). Each
 * executable is analysed once (cached by device, inode, size and modification time); a binary that
 * cannot be instrumented gets an {@link GoAttachOutcome.Unsupported} with the analysis's reason and
 * nothing attached. Not thread-safe: one scan loop calls it.
 */
public final class GoInstrumentationManager implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(GoInstrumentationManager.class);

  /** The analysis of an executable, or why there is none. */
  public interface Analyzer {
    GoBinaryAnalysis analyze(Path executable) throws UnsupportedGoBinaryException;
  }

  private record Analysed(GoBinaryAnalysis analysis, GoAttachOutcome.Cause cause, String problem) {}

  private final GoProbes probes;
  private final GoEventPipeline pipeline;
  private final Analyzer analyzer;
  private final Set<GoFunctionGroup> groups;
  private final Map<String, Analysed> analyses = new HashMap<>();
  private final Map<Integer, AttachedProcess> attached = new HashMap<>();
  private final Map<Integer, GoAttachOutcome> outcomes = new LinkedHashMap<>();

  public GoInstrumentationManager(
      GoProbes probes, GoEventPipeline pipeline, Analyzer analyzer, Set<GoFunctionGroup> groups) {
    this.probes = probes;
    this.pipeline = pipeline;
    this.analyzer = analyzer;
    this.groups = EnumSet.copyOf(groups);
  }

  /** Attaches to new targets, detaches from the others; returns the outcome per wanted pid. */
  public Map<Integer, GoAttachOutcome> reconcile(Collection<GoTarget> wanted) {
    Map<Integer, GoTarget> byPid =
        wanted.stream().collect(Collectors.toMap(GoTarget::pid, Function.identity(), (a, b) -> a));
    for (Integer pid : new HashSet<>(outcomes.keySet())) {
      if (!byPid.containsKey(pid)) {
        detach(pid);
      }
    }
    int analysed = analyses.size();
    for (GoTarget t : byPid.values()) {
      if (!outcomes.containsKey(t.pid())) {
        outcomes.put(t.pid(), attach(t));
      }
    }
    if (analyses.size() > analysed) {
      returnAnalysisMemory();
    }
    return Map.copyOf(outcomes);
  }

  /**
   * Analysing a Go binary makes tens of megabytes of short-lived objects (its function table, its
   * DWARF inflated) in a few hundred milliseconds; with the odiglet's serial collector much of it
   * is promoted and the old generation grows to hold it, then keeps that size: without a full
   * collection it would never shrink. One full collection after the pass (tens of milliseconds on
   * the agent's ~10 MB of live objects, once per new executable) gives the memory back to the node.
   */
  private static void returnAnalysisMemory() {
    long t0 = System.nanoTime();
    System.gc();
    log.debug("full collection after analysing: {} ms", (System.nanoTime() - t0) / 1_000_000);
  }

  public Map<Integer, GoAttachOutcome> outcomes() {
    return Map.copyOf(outcomes);
  }

  private GoAttachOutcome attach(GoTarget t) {
    MDC.put("pid", Integer.toString(t.pid()));
    try {
      Analysed a = analysis(t.executable());
      if (a.analysis() == null) {
        log.info("not probing process {}: {}", t.pid(), a.problem());
        return new GoAttachOutcome.Unsupported(a.cause(), a.problem());
      }
      GoBinaryAnalysis analysis = a.analysis();
      GoProbePlan plan = GoProbePlan.plan(analysis, groups, probes.propagates());
      String leftOut =
          plan.unsupported().entrySet().stream()
              .map(e -> GoProbePlan.label(e.getKey()) + ": " + String.join("; ", e.getValue()))
              .collect(Collectors.joining(" | "));
      if (plan.attachments().isEmpty()) {
        String why = leftOut.isEmpty() ? "no HTTP, gRPC or database/sql code to probe" : leftOut;
        log.info("not probing process {}: {}", t.pid(), why);
        return new GoAttachOutcome.Unsupported(causeOf(analysis, plan), why);
      }
      long flags =
          GoProcessConfig.flags(
              probes.propagates(),
              analysis.goVersion(),
              analysis.module("google.golang.org/grpc").map(m -> m.version()));
      pipeline.register(
          t.pid(),
          ProcessTelemetry.of(
              t.resourceAttributes(),
              t.pid(),
              analysis.goVersion(),
              ProcessTelemetry.dbSystemOf(analysis.modules().keySet())));
      try {
        AttachedProcess p =
            probes.attach(
                t.pid(), t.executable(), plan, GoProcessConfig.encode(analysis.offsets(), flags));
        attached.put(t.pid(), p);
        log.info(
            "probing Go process {} ({}): {} ({} uprobes)",
            t.pid(),
            analysis.goVersion(),
            plan.describeInstrumented(),
            p.uprobes());
        return new GoAttachOutcome.Attached(p.uprobes(), plan.describeInstrumented(), leftOut);
      } catch (RuntimeException e) {
        pipeline.forget(t.pid());
        log.warn("cannot probe Go process {}: {}", t.pid(), e.getMessage());
        return new GoAttachOutcome.Failed(e.getMessage());
      }
    } finally {
      MDC.remove("pid");
    }
  }

  private void detach(int pid) {
    AttachedProcess p = attached.remove(pid);
    if (p != null) {
      p.close();
      log.info("detached from Go process {}", pid);
    }
    pipeline.forget(pid);
    outcomes.remove(pid);
  }

  private Analysed analysis(Path exe) {
    String identity;
    try {
      Path real = exe.toRealPath();
      identity =
          Files.getAttribute(exe, "unix:dev")
              + ":"
              + Files.getAttribute(exe, "unix:ino")
              + ":"
              + Files.size(exe)
              + ":"
              + Files.getLastModifiedTime(exe).toMillis()
              + ":"
              + real;
    } catch (IOException | UnsupportedOperationException e) {
      return new Analysed(
          null,
          GoAttachOutcome.Cause.EXECUTABLE_UNREADABLE,
          "cannot read the executable " + exe + ": " + e.getMessage());
    }
    return analyses.computeIfAbsent(
        identity,
        k -> {
          try {
            return new Analysed(analyzer.analyze(exe), null, "");
          } catch (UnsupportedGoBinaryException e) {
            return new Analysed(null, GoAttachOutcome.Cause.of(e.kind()), e.getMessage());
          } catch (RuntimeException e) {
            return new Analysed(
                null,
                GoAttachOutcome.Cause.ANALYSIS_UNAVAILABLE,
                "cannot analyse " + exe + ": " + e);
          }
        });
  }

  /**
   * Why a plan without any attachment has none: a gRPC version without offsets, a probed function
   * missing, offsets missing, or no HTTP, gRPC or database/sql code at all. Pure.
   */
  static GoAttachOutcome.Cause causeOf(GoBinaryAnalysis analysis, GoProbePlan plan) {
    if (plan.unsupported().isEmpty()) {
      return GoAttachOutcome.Cause.NOTHING_TO_PROBE;
    }
    boolean grpcVersion =
        analysis.module("google.golang.org/grpc").isPresent()
            && analysis.grpcProblem().isPresent()
            && plan.unsupported().keySet().stream().anyMatch(GoFunctionGroup::needsGrpc);
    if (grpcVersion) {
      return GoAttachOutcome.Cause.UNSUPPORTED_LIBRARY_VERSION;
    }
    boolean onlyOffsets =
        plan.unsupported().values().stream()
            .flatMap(java.util.List::stream)
            .allMatch(p -> p.startsWith("no offset"));
    return onlyOffsets
        ? GoAttachOutcome.Cause.STRUCT_OFFSETS_MISSING
        : GoAttachOutcome.Cause.PROBED_FUNCTION_MISSING;
  }

  @Override
  public void close() {
    for (Integer pid : new HashSet<>(outcomes.keySet())) {
      detach(pid);
    }
  }
}
