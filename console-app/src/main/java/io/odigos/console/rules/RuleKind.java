package io.odigos.console.rules;

/** What an InstrumentationRule made in the console sets: one of these per rule. */
public enum RuleKind {
  PAYLOAD_COLLECTION("Payload collection"),
  HEADERS_COLLECTION("HTTP headers"),
  CODE_ATTRIBUTES("Code attributes"),
  TRACE_CONFIG("Turn tracing off");

  private final String title;

  RuleKind(String title) {
    this.title = title;
  }

  @Override
  public String toString() {
    return title;
  }
}
