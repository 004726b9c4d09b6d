package io.odigos.operator.scheduler.config;

import java.util.List;

/**
 * The user's Odigos configuration cannot be used. Each problem is a sentence a user can act on; no
 * problem quotes the document, so none can leak a value that belongs in a Secret.
 */
public final class InvalidConfigurationException extends Exception {
  private final List<String> problems;

  public InvalidConfigurationException(List<String> problems) {
    super(String.join("; ", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid configuration has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
