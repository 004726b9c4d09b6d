package io.odigos.console.connect;

/**
 * One context of the kubeconfig as the picker lists it.
 *
 * @param name the context name
 * @param cluster the cluster entry it points at
 * @param server the API server URL of that cluster, or "" when the kubeconfig has none
 * @param namespace the context's default namespace, or {@code null}
 */
public record KubeContext(String name, String cluster, String server, String namespace) {}
