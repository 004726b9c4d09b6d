package io.odigos.odiglet.instance;

import java.time.Duration;
import java.time.Instant;

/**
 * The health an InstrumentationInstance should show, as a pure function of what was observed.
 *
 * @param healthy null while nothing is known yet
 * @param running whether the process is alive
 */
public record InstanceHealth(Boolean healthy, boolean running, String reason, String message) {
  public static final String EXPORTING = "Exporting";
  public static final String WAITING_FOR_FIRST_EXPORT = "WaitingForFirstExport";
  public static final String NO_TELEMETRY = "NoTelemetry";
  public static final String PROCESS_EXITED = "ProcessExited";

  /** A running process: healthy once it exports; unhealthy if it has not after {@code grace}. */
  public static InstanceHealth of(AgentObservation seen, Instant now, Duration grace) {
    if (seen.exporting()) {
      return new InstanceHealth(
          true, true, EXPORTING, "the agent is sending telemetry to the node collector");
    }
    Duration waited = Duration.between(seen.firstSeen(), now);
    if (waited.compareTo(grace) >= 0) {
      return new InstanceHealth(
          false,
          true,
          NO_TELEMETRY,
          "the agent has not connected to the node collector in the "
              + grace.toSeconds()
              + " s since the process was seen; check its logs and OTEL_EXPORTER_OTLP_ENDPOINT");
    }
    return new InstanceHealth(
        null, true, WAITING_FOR_FIRST_EXPORT, "the agent has not sent telemetry yet");
  }

  /** The process is gone while its pod still exists. */
  public static InstanceHealth exited() {
    return new InstanceHealth(
        false, false, PROCESS_EXITED, "the instrumented process exited; its pod is still there");
  }
}
