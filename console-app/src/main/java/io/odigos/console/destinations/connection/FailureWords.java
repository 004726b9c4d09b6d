package io.odigos.console.destinations.connection;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;

/** Says in words why a request never got an answer. Pure. */
final class FailureWords {
  private FailureWords() {}

  static String of(ConnectionTarget target, Throwable error) {
    String at = target.host() + ":" + target.port();
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        String hint =
            target.host().indexOf('.') > 0 && target.clusterService().isEmpty()
                ? ". If it is a Kubernetes service, write it as name.namespace.svc to test it"
                    + " through the API server"
                : "";
        return "Unknown host " + target.host() + ": it does not resolve from this computer" + hint;
      }
      if (t instanceof HttpConnectTimeoutException) {
        return "No answer from " + at + " while connecting (timed out)";
      }
      if (t instanceof HttpTimeoutException) {
        return "Connected to " + at + " but no answer came in time";
      }
      if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
        return "Connection refused by " + at + ": nothing listens there (or a firewall rejects it)";
      }
      if (t instanceof SSLException) {
        String m = String.valueOf(t.getMessage());
        if (m.contains("plaintext") || m.contains("Unsupported or unrecognized SSL message")) {
          return "TLS handshake with " + at + " failed: the server does not speak TLS there";
        }
        return "TLS handshake with " + at + " failed: " + target.redact(m);
      }
    }
    Throwable root = error;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return "Cannot reach " + at + ": " + target.redact(m);
  }
}
