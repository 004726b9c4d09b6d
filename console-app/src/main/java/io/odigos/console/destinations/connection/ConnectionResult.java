package io.odigos.console.destinations.connection;

import java.time.Duration;

/**
 * What a connection test found, in words for the user.
 *
 * @param ok whether the endpoint accepted the empty export
 * @param message the result: success with its latency, or the status or error in words
 * @param latency how long the request took (zero when it never left)
 */
public record ConnectionResult(boolean ok, String message, Duration latency) {

  static ConnectionResult success(String message, Duration latency) {
    return new ConnectionResult(true, message, latency);
  }

  static ConnectionResult failure(String message, Duration latency) {
    return new ConnectionResult(false, message, latency);
  }

  static ConnectionResult failure(String message) {
    return new ConnectionResult(false, message, Duration.ZERO);
  }
}
