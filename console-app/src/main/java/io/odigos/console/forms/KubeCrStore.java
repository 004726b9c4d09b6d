package io.odigos.console.forms;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CrStore} on the Kubernetes API: a fabric8 informer for the live list, plain create,
 * spec-replacing edit and delete by name.
 */
public final class KubeCrStore<S, T extends CustomResource<S, ?>> implements CrStore<T> {
  private static final Logger log = LoggerFactory.getLogger(KubeCrStore.class);

  private final KubernetesClient client;
  private final Class<T> type;
  private final String namespace;

  public KubeCrStore(KubernetesClient client, Class<T> type, String namespace) {
    this.client = client;
    this.type = type;
    this.namespace = namespace;
  }

  @Override
  public AutoCloseable watch(Consumer<List<T>> onChange) {
    SharedIndexInformer<T>[] holder = newHolder();
    Runnable publish =
        () -> {
          if (holder[0] != null) {
            onChange.accept(sorted(holder[0].getStore().list()));
          }
        };
    holder[0] =
        client
            .resources(type)
            .inNamespace(namespace)
            .inform(
                new ResourceEventHandler<>() {
                  @Override
                  public void onAdd(T obj) {
                    publish.run();
                  }

                  @Override
                  public void onUpdate(T old, T obj) {
                    publish.run();
                  }

                  @Override
                  public void onDelete(T obj, boolean unknownFinalState) {
                    publish.run();
                  }
                },
                0);
    publish.run();
    log.info("Watching {} in {}", type.getSimpleName(), namespace);
    return holder[0]::close;
  }

  @SuppressWarnings("unchecked")
  private SharedIndexInformer<T>[] newHolder() {
    return new SharedIndexInformer[1];
  }

  private List<T> sorted(List<T> items) {
    return items.stream().sorted(Comparator.comparing(t -> t.getMetadata().getName())).toList();
  }

  @Override
  public void create(T resource) {
    resource.getMetadata().setNamespace(namespace);
    client.resources(type).inNamespace(namespace).resource(resource).create();
    log.info("Created {} {}/{}", type.getSimpleName(), namespace, resource.getMetadata().getName());
  }

  @Override
  public void update(T resource) {
    S spec = resource.getSpec();
    client
        .resources(type)
        .inNamespace(namespace)
        .withName(resource.getMetadata().getName())
        .edit(
            existing -> {
              existing.setSpec(spec);
              return existing;
            });
    log.info("Updated {} {}/{}", type.getSimpleName(), namespace, resource.getMetadata().getName());
  }

  @Override
  public void delete(String name) {
    client.resources(type).inNamespace(namespace).withName(name).delete();
    log.info("Deleted {} {}/{}", type.getSimpleName(), namespace, name);
  }
}
