package io.odigos.console.destinations.connection;

/** Sends one empty OTLP export to a target and says what happened. Blocking: background only. */
public interface ConnectionTester {
  ConnectionResult test(ConnectionTarget target);
}
