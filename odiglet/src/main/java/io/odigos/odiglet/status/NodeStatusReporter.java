package io.odigos.odiglet.status;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.odigos.odiglet.ebpf.GoEbpf;
import io.odigos.odiglet.ebpf.preflight.PreflightReport;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the node's {@value EbpfNodeCondition#TYPE} condition equal to what the odiglet knows: at
 * start, and whenever a new preflight (re-run by {@link #refresh()}) changes it. Writes only on a
 * change, or to retry a failed write (e.g. the Node object not there yet).
 */
public final class NodeStatusReporter {
  private static final Logger log = LoggerFactory.getLogger(NodeStatusReporter.class);

  private final NodeConditionWriter writer;
  private final String node;
  private final GoEbpf.State state;
  private final boolean propagates;
  private final String problem;
  private final Supplier<PreflightReport> preflight;
  private final Clock clock;
  private PreflightReport report;
  private EbpfNodeCondition written;

  /**
   * @param launch how starting the Go instrumentation went, with the preflight it was judged on
   * @param preflight runs the preflight again (the node may change: lockdown, a libbpf upgrade)
   */
  public NodeStatusReporter(
      NodeConditionWriter writer,
      String node,
      GoEbpf.Launch launch,
      Supplier<PreflightReport> preflight,
      Clock clock) {
    this.writer = writer;
    this.node = node;
    this.state = launch.state();
    this.propagates = launch.running().map(GoEbpf::propagates).orElse(false);
    this.problem = launch.problem();
    this.report = launch.preflight();
    this.preflight = preflight;
    this.clock = clock;
  }

  /** The condition as it should be now. */
  public synchronized EbpfNodeCondition condition() {
    return EbpfNodeCondition.of(state, propagates, problem, report);
  }

  /** Writes the condition unless it is already written; returns it when it wrote. */
  public synchronized Optional<EbpfNodeCondition> publish() {
    EbpfNodeCondition now = condition();
    if (now.equals(written)) {
      return Optional.empty();
    }
    boolean transitioned = written == null || !written.status().equals(now.status());
    try {
      writer.write(node, now, transitioned, clock.instant());
    } catch (KubernetesClientException e) {
      log.warn(
          "cannot set the {} condition on node {} ({}): {}; retrying later",
          now.type(),
          node,
          e.getCode(),
          e.getMessage());
      return Optional.empty();
    }
    if (written == null || !written.reason().equals(now.reason())) {
      log.info(
          "node {}: {}={} ({}): {}", node, now.type(), now.status(), now.reason(), now.message());
    }
    written = now;
    return Optional.of(now);
  }

  /** Re-runs the preflight and publishes if the condition changed. */
  public synchronized Optional<EbpfNodeCondition> refresh() {
    try {
      report = preflight.get();
    } catch (RuntimeException e) {
      log.warn("node preflight failed, keeping the last report: {}", e.toString());
    }
    return publish();
  }
}
