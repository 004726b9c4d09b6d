package io.odigos.console.destinations.connection;

import java.time.Duration;

/** Turns an HTTP status of an OTLP endpoint into words. Pure. */
final class HttpAnswers {
  private HttpAnswers() {}

  static ConnectionResult of(ConnectionTarget target, int status, String body, Duration latency) {
    String where = target.address();
    String excerpt = excerpt(target.redact(body));
    String ms = latency.toMillis() + " ms";
    if (status >= 200 && status < 300) {
      return ConnectionResult.success(
          "Connected: "
              + where
              + " accepted an empty OTLP export (HTTP "
              + status
              + ", "
              + ms
              + ")",
          latency);
    }
    String message =
        switch (status) {
          case 401, 403 ->
              "The API key was refused (HTTP " + status + " from " + where + ")" + excerpt;
          case 404 ->
              "HTTP 404: nothing at "
                  + target.path()
                  + " on "
                  + target.host()
                  + ":"
                  + target.port()
                  + ". Check the URL's path (OTLP HTTP receivers answer on /v1/traces,"
                  + " /v1/metrics and /v1/logs)"
                  + excerpt;
          case 405 ->
              "HTTP 405: " + where + " does not take POST requests; check the URL" + excerpt;
          case 415 -> "HTTP 415: " + where + " does not accept OTLP protobuf" + excerpt;
          case 400 -> "HTTP 400: " + where + " answered but refused the request" + excerpt;
          case 429 -> "HTTP 429: " + where + " is reachable but throttling requests" + excerpt;
          default ->
              status >= 500
                  ? "HTTP " + status + ": the server at " + where + " failed" + excerpt
                  : "HTTP " + status + " from " + where + excerpt;
        };
    return ConnectionResult.failure(message + " (" + ms + ")", latency);
  }

  private static String excerpt(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String one = body.strip().replaceAll("\\s+", " ");
    return ": " + (one.length() > 200 ? one.substring(0, 200) + "…" : one);
  }
}
