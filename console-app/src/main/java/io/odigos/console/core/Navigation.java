package io.odigos.console.core;

import java.util.List;

/**
 * The console's views in navigation order (Ctrl+1 is the first). The ids are what {@link
 * Feature#id()} returns.
 */
public final class Navigation {
  public static final String OVERVIEW = "overview";
  public static final String SOURCES = "sources";
  public static final String DESTINATIONS = "destinations";
  public static final String ACTIONS = "actions";
  public static final String RULES = "instrumentation-rules";
  public static final String SAMPLING = "sampling";
  public static final String COLLECTORS = "collectors";
  public static final String PROBLEMS = "problems";

  /** One navigation entry. */
  public record Entry(String id, String title, String summary) {}

  public static final List<Entry> ENTRIES =
      List.of(
          new Entry(
              OVERVIEW,
              "Overview",
              "A live topology: sources → node collectors → gateway → destinations."),
          new Entry(
              SOURCES, "Sources", "Namespaces and workloads to instrument, with their agents."),
          new Entry(DESTINATIONS, "Destinations", "Where the telemetry goes."),
          new Entry(ACTIONS, "Actions", "Attribute and PII processing in the gateway."),
          new Entry(RULES, "Instrumentation Rules", "Payload collection, headers, trace config."),
          new Entry(SAMPLING, "Sampling", "Noisy, highly relevant and cost-reduction rules."),
          new Entry(COLLECTORS, "Collectors", "Gateway and node collectors, their config."),
          new Entry(PROBLEMS, "Problems", "Every False condition across Odigos objects."));

  private Navigation() {}
}
