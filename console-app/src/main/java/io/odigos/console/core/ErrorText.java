package io.odigos.console.core;

import io.fabric8.kubernetes.client.KubernetesClientException;

/** One line a user can read for an exception: the innermost useful message, never a stack. */
public final class ErrorText {
  private ErrorText() {}

  public static String of(Throwable e) {
    Throwable t = e;
    String best = null;
    while (t != null) {
      if (t instanceof KubernetesClientException k
          && k.getStatus() != null
          && k.getStatus().getMessage() != null) {
        return k.getStatus().getMessage();
      }
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        best = t.getMessage();
      }
      if (t.getCause() == t) {
        break;
      }
      t = t.getCause();
    }
    String text = best == null ? e.getClass().getSimpleName() : best;
    return text.lines().findFirst().orElse(text).strip();
  }
}
