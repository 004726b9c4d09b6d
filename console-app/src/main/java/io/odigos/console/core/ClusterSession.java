package io.odigos.console.core;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Set;

/**
 * One connected kubeconfig context: its client (with short timeouts), what the server said about
 * itself, and whether Odigos is installed there. Closing it closes the client and so every informer
 * started on it.
 *
 * @param context kubeconfig context name
 * @param client a client of this context only
 * @param serverVersion the API server's {@code gitVersion}
 * @param odigosNamespace where Odigos keeps its Destinations and collectors
 * @param odigosCrds the {@code odigos.io} CRD names the server has (empty: Odigos not installed)
 */
public record ClusterSession(
    String context,
    KubernetesClient client,
    String serverVersion,
    String odigosNamespace,
    Set<String> odigosCrds)
    implements AutoCloseable {

  public ClusterSession {
    odigosCrds = Set.copyOf(odigosCrds);
  }

  /** Whether the Odigos API (its Destination CRD at least) is served by this cluster. */
  public boolean odigosInstalled() {
    return odigosCrds.contains("destinations.odigos.io");
  }

  public boolean hasCrd(String name) {
    return odigosCrds.contains(name);
  }

  @Override
  public void close() {
    client.close();
  }
}
