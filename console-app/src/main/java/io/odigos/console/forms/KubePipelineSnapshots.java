package io.odigos.console.forms;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.odigos.model.render.RenderableDestination;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.Processor;
import io.odigos.model.v1alpha1.Sampling;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the gateway's render inputs from the Odigos namespace as the autoscaler takes them from its
 * caches: Destinations with the KEYS of their Secrets (values are dropped here), Actions,
 * Processors and Samplings, sorted by name. Kinds the cluster does not serve count as empty.
 */
public final class KubePipelineSnapshots implements Supplier<PipelineSnapshot> {
  private final KubernetesClient client;
  private final String namespace;
  private final Set<String> crds;

  public KubePipelineSnapshots(KubernetesClient client, String namespace, Set<String> crds) {
    this.client = client;
    this.namespace = namespace;
    this.crds = Set.copyOf(crds);
  }

  @Override
  public PipelineSnapshot get() {
    List<RenderableDestination> destinations =
        list(Destination.class, "destinations.odigos.io").stream()
            .filter(d -> d.getSpec() != null)
            .map(d -> new RenderableDestination(d, secretKeys(d)))
            .toList();
    return new PipelineSnapshot(
        destinations,
        list(Action.class, "actions.odigos.io"),
        list(Processor.class, "processors.odigos.io"),
        list(Sampling.class, "samplings.odigos.io"));
  }

  private Set<String> secretKeys(Destination d) {
    var ref = d.getSpec().getSecretRef();
    if (ref == null || ref.name() == null) {
      return Set.of();
    }
    Secret s = client.secrets().inNamespace(namespace).withName(ref.name()).get();
    if (s == null) {
      return Set.of();
    }
    Set<String> keys = new HashSet<>();
    Optional.ofNullable(s.getData()).map(Map::keySet).ifPresent(keys::addAll);
    Optional.ofNullable(s.getStringData()).map(Map::keySet).ifPresent(keys::addAll);
    return keys;
  }

  private <T extends io.fabric8.kubernetes.client.CustomResource<?, ?>> List<T> list(
      Class<T> type, String crd) {
    if (!crds.contains(crd)) {
      return List.of();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return client.resources(type).inNamespace(namespace).list().getItems().stream()
            .sorted(Comparator.comparing(t -> t.getMetadata().getName()))
            .toList();
      } catch (KubernetesClientException e) {
        // a restarted API server answers 429 "storage is (re)initializing" for a moment: the
        // console's client does not retry (a broken context must fail fast), so this read does
        if (e.getCode() != 429 || attempt >= WARMING_UP_ATTEMPTS) {
          throw e;
        }
        sleep(Duration.ofMillis(250L * attempt));
      }
    }
  }

  private static final int WARMING_UP_ATTEMPTS = 8;

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the API server warms up", e);
    }
  }
}
