package io.odigos.operator.instrumentor.webhook;

import com.fasterxml.jackson.core.JacksonException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;

/**
 * Logs each kind of failure once at WARN and its repeats at DEBUG, so that a broken webhook does
 * not flood the log at every pod. Only the exception's class and message are logged, never the pod
 * or the patch: their environment may hold secrets.
 */
final class FailureLog {
  private static final int MAX_KINDS = 256;

  private final Logger log;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  FailureLog(Logger log) {
    this.log = log;
  }

  void failed(String what, Exception e) {
    String kind = what + ":" + e.getClass().getName();
    String text = what + "; pod allowed unchanged: " + describe(e);
    if (seen.size() < MAX_KINDS && seen.add(kind)) {
      log.warn("{} (repeats of this failure are logged at DEBUG)", text);
    } else {
      log.debug(text);
    }
  }

  /** Class and message, except for parse errors, whose message may quote the request body. */
  static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JacksonException) {
        return e.getClass().getSimpleName() + " (malformed request; body not logged)";
      }
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
