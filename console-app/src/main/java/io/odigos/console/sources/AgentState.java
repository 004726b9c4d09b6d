package io.odigos.console.sources;

/** Where a workload stands with its agent, as the Sources view shows it. */
public enum AgentState {
  INSTRUMENTED("Instrumented"),
  PENDING("Pending"),
  NOT_INSTRUMENTED("Not instrumented"),
  FAILED("Agent not enabled"),
  OPTED_OUT("Opted out");

  private final String label;

  AgentState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
