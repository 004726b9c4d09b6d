package io.odigos.console.overview;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.odigos.console.core.ErrorText;
import io.odigos.model.v1alpha1.CollectorsGroup;
import java.util.List;

/**
 * Scrapes a collectors group through the API server's proxy: the Service of the group when it
 * exposes the metrics port ({@code CollectorsGroupSpec.collectorOwnMetricsPort}), otherwise every
 * running pod of the group (the autoscaler labels them {@code odigos.io/collector=<group>}), whose
 * texts are concatenated so that the counters add up.
 */
public final class KubeMetricsScraper implements MetricsScraper {
  static final String COLLECTOR_LABEL = "odigos.io/collector";

  private final KubernetesClient client;
  private final String namespace;

  public KubeMetricsScraper(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  @Override
  public String scrape(String group) {
    CollectorsGroup g =
        client.resources(CollectorsGroup.class).inNamespace(namespace).withName(group).get();
    if (g == null || g.getSpec() == null || g.getSpec().getCollectorOwnMetricsPort() == null) {
      throw new Unreachable("no metrics port: CollectorsGroup " + group + " is missing");
    }
    int port = g.getSpec().getCollectorOwnMetricsPort();
    try {
      Service svc = client.services().inNamespace(namespace).withName(group).get();
      if (svc != null && svc.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == port)) {
        return raw(ProxyPaths.service(namespace, group, port, "/metrics"));
      }
      List<Pod> pods =
          client
              .pods()
              .inNamespace(namespace)
              .withLabel(COLLECTOR_LABEL, group)
              .list()
              .getItems()
              .stream()
              .filter(p -> p.getStatus() != null && "Running".equals(p.getStatus().getPhase()))
              .toList();
      if (pods.isEmpty()) {
        throw new Unreachable("no running " + group + " pod to read metrics from");
      }
      StringBuilder all = new StringBuilder();
      for (Pod p : pods) {
        all.append(raw(ProxyPaths.pod(namespace, p.getMetadata().getName(), port, "/metrics")))
            .append('\n');
      }
      return all.toString();
    } catch (KubernetesClientException e) {
      throw new Unreachable(ErrorText.of(e), e);
    }
  }

  private String raw(String path) {
    String body = client.raw(path);
    if (body == null) {
      throw new Unreachable("the API server proxy found nothing at " + path);
    }
    return body;
  }
}
