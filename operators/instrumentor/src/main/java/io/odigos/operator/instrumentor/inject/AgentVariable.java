package io.odigos.operator.instrumentor.inject;

import java.util.Objects;

/**
 * One environment variable an agent needs.
 *
 * @param separator how our value joins a value the user already has ({@code " "}, {@code ":"},
 *     {@code ","}); {@code null} when the variable is set only if the user has not set it
 */
record AgentVariable(String name, String value, String separator) {

  AgentVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  static AgentVariable appended(String name, String value, String separator) {
    return new AgentVariable(name, value, Objects.requireNonNull(separator, "separator"));
  }

  static AgentVariable ifAbsent(String name, String value) {
    return new AgentVariable(name, value, null);
  }

  boolean appends() {
    return separator != null;
  }
}
