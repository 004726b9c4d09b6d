package io.odigos.console.describe;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts informers despite an API server that is still warming up: right after a CRD is
 * established, its first list can answer 429 "storage is (re)initializing"; that is retried for a
 * while (a fresh informer per try). Any other error fails at once.
 */
public final class Informers {
  private static final Logger log = LoggerFactory.getLogger(Informers.class);
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private Informers() {}

  /**
   * @param make builds a not-yet-started informer with its handlers
   * @return the informer, started and synced
   */
  public static <T extends HasMetadata> SharedIndexInformer<T> run(
      Supplier<SharedIndexInformer<T>> make) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      SharedIndexInformer<T> informer = make.get();
      try {
        informer.run();
        return informer;
      } catch (RuntimeException e) {
        informer.close();
        if (!warmingUp(e) || System.nanoTime() > deadline) {
          throw e;
        }
        log.debug("API server warming up, retrying an informer: {}", e.getMessage());
        try {
          Thread.sleep(500);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private static boolean warmingUp(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof KubernetesClientException k && k.getCode() == 429) {
        return true;
      }
    }
    return false;
  }
}
