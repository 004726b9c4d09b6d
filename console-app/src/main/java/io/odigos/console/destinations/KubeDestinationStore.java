package io.odigos.console.destinations;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.DestinationSpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link DestinationStore} on the Kubernetes API, in the Odigos namespace. */
public final class KubeDestinationStore implements DestinationStore {
  private static final Logger log = LoggerFactory.getLogger(KubeDestinationStore.class);

  private final KubernetesClient client;
  private final String namespace;

  public KubeDestinationStore(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  @Override
  public List<StoredDestination> list() {
    return client.resources(Destination.class).inNamespace(namespace).list().getItems().stream()
        .map(this::stored)
        .sorted(Comparator.comparing(StoredDestination::displayName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  private StoredDestination stored(Destination d) {
    DestinationSpec spec = d.getSpec();
    String secretName = spec.getSecretRef() == null ? null : spec.getSecretRef().name();
    return new StoredDestination(
        d.getMetadata().getName(),
        Optional.ofNullable(spec.getDestinationName()).orElse(d.getMetadata().getName()),
        spec.getType(),
        Optional.ofNullable(spec.getData()).orElse(Map.of()),
        Optional.ofNullable(spec.getSignals()).orElse(List.of()),
        secretName,
        secretName == null ? Set.of() : secretKeys(secretName),
        health(d));
  }

  /** The keys of the Secret; its values are dropped right here. */
  private Set<String> secretKeys(String name) {
    Secret s = client.secrets().inNamespace(namespace).withName(name).get();
    if (s == null) {
      return Set.of();
    }
    Set<String> keys = new java.util.HashSet<>();
    Optional.ofNullable(s.getData()).map(Map::keySet).ifPresent(keys::addAll);
    Optional.ofNullable(s.getStringData()).map(Map::keySet).ifPresent(keys::addAll);
    return keys;
  }

  private static String health(Destination d) {
    if (d.getStatus() == null || d.getStatus().getConditions().isEmpty()) {
      return "";
    }
    return d.getStatus().getConditions().stream().map(Condition::getStatus).allMatch("True"::equals)
        ? "OK"
        : d.getStatus().getConditions().stream()
            .filter(c -> !"True".equals(c.getStatus()))
            .map(c -> c.getType() + ": " + c.getReason())
            .collect(Collectors.joining(", "));
  }

  @Override
  public AutoCloseable watch(Runnable changed) {
    var informer =
        client
            .resources(Destination.class)
            .inNamespace(namespace)
            .inform(
                new io.fabric8.kubernetes.client.informers.ResourceEventHandler<>() {
                  @Override
                  public void onAdd(Destination d) {
                    changed.run();
                  }

                  @Override
                  public void onUpdate(Destination old, Destination d) {
                    changed.run();
                  }

                  @Override
                  public void onDelete(Destination d, boolean unknownFinalState) {
                    changed.run();
                  }
                },
                0);
    return informer::close;
  }

  @Override
  public void create(DestinationDraft draft) {
    boolean secretCreated = false;
    if (!draft.newSecrets().isEmpty()) {
      client.secrets().resource(DestinationObjects.secret(draft, namespace)).create();
      secretCreated = true;
    }
    try {
      client
          .resources(Destination.class)
          .resource(DestinationObjects.destination(draft, namespace))
          .create();
    } catch (KubernetesClientException e) {
      if (secretCreated) {
        // Do not leave an orphaned credential behind.
        client
            .secrets()
            .inNamespace(namespace)
            .withName(DestinationObjects.secretName(draft.name()))
            .delete();
      }
      throw e;
    }
    log.info("Created destination {}/{} of type {}", namespace, draft.name(), draft.type());
  }

  @Override
  public void update(DestinationDraft draft) {
    if (!draft.newSecrets().isEmpty()) {
      writeSecretValues(draft);
    }
    DestinationSpec spec = DestinationObjects.spec(draft);
    client
        .resources(Destination.class)
        .inNamespace(namespace)
        .withName(draft.name())
        .edit(
            d -> {
              DestinationSpec old = d.getSpec();
              // keep what the form does not edit
              spec.setDisabled(old.getDisabled());
              spec.setSourceSelector(old.getSourceSelector());
              spec.setMetricsSettings(old.getMetricsSettings());
              spec.setSendingQueue(old.getSendingQueue());
              if (spec.getSecretRef() == null) {
                spec.setSecretRef(old.getSecretRef());
              }
              d.setSpec(spec);
              return d;
            });
    log.info("Updated destination {}/{}", namespace, draft.name());
  }

  private void writeSecretValues(DestinationDraft draft) {
    String name = DestinationObjects.secretName(draft.name());
    var secrets = client.secrets().inNamespace(namespace);
    if (secrets.withName(name).get() == null) {
      secrets.resource(DestinationObjects.secret(draft, namespace)).create();
      return;
    }
    Map<String, String> encoded = new HashMap<>();
    draft
        .newSecrets()
        .forEach(
            (k, v) ->
                encoded.put(
                    k, Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8))));
    secrets
        .withName(name)
        .edit(
            s -> {
              Map<String, String> data =
                  new HashMap<>(Optional.ofNullable(s.getData()).orElse(Map.of()));
              data.putAll(encoded);
              s.setData(data);
              return s;
            });
  }

  @Override
  public void delete(StoredDestination destination) {
    client
        .resources(Destination.class)
        .inNamespace(namespace)
        .withName(destination.name())
        .delete();
    if (destination.secretName() != null) {
      client.secrets().inNamespace(namespace).withName(destination.secretName()).delete();
    }
    log.info("Deleted destination {}/{}", namespace, destination.name());
  }
}
