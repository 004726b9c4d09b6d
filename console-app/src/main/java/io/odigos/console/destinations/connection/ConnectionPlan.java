package io.odigos.console.destinations.connection;

/** Either a target to test or the reason why there is none (in words for the user). */
public sealed interface ConnectionPlan {
  /** The form gives a target. */
  record Ready(ConnectionTarget target) implements ConnectionPlan {}

  /** Nothing to test: the type has no test, or the form is not complete enough. */
  record NotTestable(String reason) implements ConnectionPlan {}
}
