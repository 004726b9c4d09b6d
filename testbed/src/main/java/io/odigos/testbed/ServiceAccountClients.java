package io.odigos.testbed;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

/**
 * Clients that act as a ServiceAccount, by impersonation from the admin kubeconfig: the API server
 * authorizes every request with that account's RBAC, exactly as for a pod running under it. Tests
 * run the operators this way to prove the chart's roles are enough, and no more is needed.
 */
public final class ServiceAccountClients {
  private ServiceAccountClients() {}

  /** A new client (the caller closes it) acting as {@code system:serviceaccount:<ns>:<name>}. */
  public static KubernetesClient as(String adminKubeconfigYaml, String namespace, String name) {
    Config config = Config.fromKubeconfig(adminKubeconfigYaml);
    config.setImpersonateUsername("system:serviceaccount:" + namespace + ":" + name);
    config.setImpersonateGroups(
        "system:serviceaccounts", "system:serviceaccounts:" + namespace, "system:authenticated");
    return new KubernetesClientBuilder().withConfig(config).build();
  }
}
