package io.odigos.console.connect;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.odigos.console.core.ClusterSession;
import io.odigos.console.core.ErrorText;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens one kubeconfig context: a client with short timeouts and no retries (a dead server must
 * fail in seconds, not minutes), the server version as a liveness probe, and the {@code odigos.io}
 * CRDs the cluster serves. Blocking: run it on the background executor.
 */
public final class ClusterConnector {
  private static final Logger log = LoggerFactory.getLogger(ClusterConnector.class);
  static final String GROUP = "odigos.io";

  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final String odigosNamespace;

  public ClusterConnector(
      Duration connectTimeout, Duration requestTimeout, String odigosNamespace) {
    this.connectTimeout = connectTimeout;
    this.requestTimeout = requestTimeout;
    this.odigosNamespace = odigosNamespace;
  }

  /** Connects or fails with a {@link ConnectException} whose message the row can show. */
  public ClusterSession connect(Path kubeconfig, String context) {
    Config config;
    try {
      config = Config.fromKubeconfig(context, kubeconfig.toFile());
    } catch (RuntimeException e) {
      throw new ConnectException("Invalid context: " + ErrorText.of(e), e);
    }
    config.setConnectionTimeout((int) connectTimeout.toMillis());
    config.setRequestTimeout((int) requestTimeout.toMillis());
    config.setRequestRetryBackoffLimit(0);
    config.setNamespace(odigosNamespace);
    KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
    try {
      String version = client.getKubernetesVersion().getGitVersion();
      Set<String> crds = odigosCrds(client);
      log.info(
          "Connected to context {} ({}), Kubernetes {}, {} Odigos CRDs",
          context,
          config.getMasterUrl(),
          version,
          crds.size());
      return new ClusterSession(context, client, version, odigosNamespace, crds);
    } catch (RuntimeException e) {
      client.close();
      throw new ConnectException(
          "Cannot reach " + config.getMasterUrl() + ": " + ErrorText.of(e), e);
    }
  }

  private Set<String> odigosCrds(KubernetesClient client) {
    Set<String> names = new HashSet<>();
    try {
      for (CustomResourceDefinition crd :
          client.apiextensions().v1().customResourceDefinitions().list().getItems()) {
        if (GROUP.equals(crd.getSpec().getGroup())) {
          names.add(crd.getMetadata().getName());
        }
      }
    } catch (KubernetesClientException e) {
      if (e.getCode() != 403) {
        throw e;
      }
      // Users without cluster-wide CRD read access: ask for the Destinations themselves.
      try {
        client
            .genericKubernetesResources(GROUP + "/v1alpha1", "Destination")
            .inNamespace(odigosNamespace)
            .list();
        names.add("destinations." + GROUP);
      } catch (KubernetesClientException notThere) {
        log.debug("No Destination API visible: {}", notThere.getMessage());
      }
    }
    return names;
  }

  /** A context that cannot be used, with a message for its row. */
  public static final class ConnectException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConnectException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
