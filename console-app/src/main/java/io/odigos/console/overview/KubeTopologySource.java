package io.odigos.console.overview;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Informers for the topology: InstrumentationConfigs in every namespace, CollectorsGroups and
 * Destinations in the Odigos namespace; each event republishes the caches.
 */
public final class KubeTopologySource implements TopologySource {
  private final KubernetesClient client;
  private final String namespace;

  public KubeTopologySource(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  @Override
  public AutoCloseable watch(Consumer<PipelineObjects> sink) {
    List<SharedIndexInformer<?>> all = new ArrayList<>();
    @SuppressWarnings("unchecked")
    SharedIndexInformer<? extends HasMetadata>[] i = new SharedIndexInformer[3];
    Runnable publish =
        () -> {
          if (i[0] != null && i[1] != null && i[2] != null) {
            sink.accept(
                new PipelineObjects(
                    cast(i[0].getStore().list()),
                    cast(i[1].getStore().list()),
                    cast(i[2].getStore().list())));
          }
        };
    i[0] =
        add(
            all,
            client
                .resources(InstrumentationConfig.class)
                .inAnyNamespace()
                .inform(handler(publish), 0));
    i[1] =
        add(
            all,
            client
                .resources(CollectorsGroup.class)
                .inNamespace(namespace)
                .inform(handler(publish), 0));
    i[2] =
        add(
            all,
            client.resources(Destination.class).inNamespace(namespace).inform(handler(publish), 0));
    publish.run();
    return () -> all.forEach(SharedIndexInformer::close);
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> cast(List<?> list) {
    return (List<T>) list;
  }

  private static <T> SharedIndexInformer<T> add(
      List<SharedIndexInformer<?>> all, SharedIndexInformer<T> informer) {
    all.add(informer);
    return informer;
  }

  private static <T extends HasMetadata> ResourceEventHandler<T> handler(Runnable publish) {
    return new ResourceEventHandler<>() {
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
    };
  }
}
