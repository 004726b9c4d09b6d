package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonValue;

/** OpenTelemetry span kind, lower case on the wire. */
public enum SpanKind {
  CLIENT("client"),
  SERVER("server"),
  PRODUCER("producer"),
  CONSUMER("consumer"),
  INTERNAL("internal");

  private final String wireName;

  SpanKind(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }
}
