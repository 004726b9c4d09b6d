package io.odigos.console.collectors;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.odigos.console.core.ErrorText;
import io.odigos.model.v1alpha1.CollectorsGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CollectorsSource} with fabric8 informers in the Odigos namespace: CollectorsGroups,
 * Deployments, DaemonSets, HPAs and ConfigMaps, and one of the cluster's Nodes (their eBPF
 * condition). Any event republishes a snapshot of the caches. A user who may not list Nodes still
 * sees the collectors, with the reason the nodes are missing.
 */
public final class KubeCollectorsSource implements CollectorsSource {
  private static final Logger log = LoggerFactory.getLogger(KubeCollectorsSource.class);
  private final KubernetesClient client;
  private final String namespace;

  public KubeCollectorsSource(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  @Override
  public AutoCloseable watch(Consumer<CollectorObjects> sink) {
    List<SharedIndexInformer<?>> all = new ArrayList<>();
    Informers i = new Informers();
    Runnable publish =
        () -> {
          if (i.ready()) {
            sink.accept(i.snapshot());
          }
        };
    i.groups =
        inform(
            client
                .resources(CollectorsGroup.class)
                .inNamespace(namespace)
                .inform(handler(publish), 0),
            all);
    i.deployments =
        inform(client.apps().deployments().inNamespace(namespace).inform(handler(publish), 0), all);
    i.daemonSets =
        inform(client.apps().daemonSets().inNamespace(namespace).inform(handler(publish), 0), all);
    i.hpas =
        inform(
            client
                .autoscaling()
                .v2()
                .horizontalPodAutoscalers()
                .inNamespace(namespace)
                .inform(handler(publish), 0),
            all);
    i.configMaps =
        inform(client.configMaps().inNamespace(namespace).inform(handler(publish), 0), all);
    // not waited for: a user who may not list Nodes still sees the collectors at once
    SharedIndexInformer<Node> nodes = inform(client.nodes().runnableInformer(0), all);
    nodes.addEventHandler(handler(publish));
    i.nodes = nodes;
    java.util.function.BiConsumer<Object, Throwable> failed =
        (ok, e) -> {
          if (e != null) {
            log.info("cannot watch the cluster's nodes: {}", e.getMessage());
            i.nodesProblem = "Cannot watch the cluster's nodes: " + ErrorText.of(e);
            publish.run();
          }
        };
    nodes.start().whenComplete(failed);
    nodes.stopped().whenComplete(failed);
    publish.run();
    return () -> all.forEach(SharedIndexInformer::close);
  }

  private static <T> SharedIndexInformer<T> inform(
      SharedIndexInformer<T> informer, List<SharedIndexInformer<?>> all) {
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

  /** The informers, filled one after the other; events before all exist are not published. */
  private static final class Informers {
    volatile SharedIndexInformer<CollectorsGroup> groups;
    volatile SharedIndexInformer<io.fabric8.kubernetes.api.model.apps.Deployment> deployments;
    volatile SharedIndexInformer<io.fabric8.kubernetes.api.model.apps.DaemonSet> daemonSets;
    volatile SharedIndexInformer<
            io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler>
        hpas;
    volatile SharedIndexInformer<io.fabric8.kubernetes.api.model.ConfigMap> configMaps;
    volatile SharedIndexInformer<Node> nodes;
    volatile String nodesProblem = "";

    boolean ready() {
      return groups != null
          && deployments != null
          && daemonSets != null
          && hpas != null
          && configMaps != null;
    }

    synchronized CollectorObjects snapshot() {
      return new CollectorObjects(
          groups.getStore().list(),
          deployments.getStore().list(),
          daemonSets.getStore().list(),
          hpas.getStore().list(),
          configMaps.getStore().list(),
          nodes == null ? List.of() : nodes.getStore().list(),
          nodesProblem);
    }
  }
}
