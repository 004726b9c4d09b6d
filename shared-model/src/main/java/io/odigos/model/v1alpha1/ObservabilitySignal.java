package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A kind of telemetry that flows through the Odigos pipeline, spelled in upper case on the wire.
 */
public enum ObservabilitySignal {
  LOGS("LOGS"),
  TRACES("TRACES"),
  METRICS("METRICS"),
  PROFILES("PROFILES");

  private final String wireName;

  ObservabilitySignal(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }
}
