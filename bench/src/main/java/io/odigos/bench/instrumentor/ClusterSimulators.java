package io.odigos.bench.instrumentor;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.operator.support.MergePatch;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What a real cluster would do that the bare API server does not: the odiglet reports runtime
 * details for every new InstrumentationConfig, and the Deployment controller marks a Deployment's
 * new generation as rolled out (observed, every replica updated and available).
 */
final class ClusterSimulators implements AutoCloseable {
  /** What the simulated odiglet finds in every container: a Java 17 process. */
  static final String LANGUAGE = "java";

  static final String RUNTIME_VERSION = "17.0.12";

  private final KubernetesClient client;

  /** Odiglets work in parallel, one per node; a few threads stand for a few nodes. */
  private final ExecutorService odiglets = Executors.newFixedThreadPool(8);

  private final ExecutorService controller = Executors.newFixedThreadPool(4);
  private final Set<String> inspected = ConcurrentHashMap.newKeySet();
  private final SharedIndexInformer<Deployment> deployments;
  private final SharedIndexInformer<InstrumentationConfig> configs;

  ClusterSimulators(KubernetesClient client) {
    this.client = client;
    this.deployments =
        client.apps().deployments().inAnyNamespace().inform(handler(this::deploymentController));
    this.configs =
        client
            .resources(InstrumentationConfig.class)
            .inAnyNamespace()
            .inform(handler(this::odiglet));
  }

  /** The simulators' informer of InstrumentationConfigs, for the measuring side to share. */
  SharedIndexInformer<InstrumentationConfig> configs() {
    return configs;
  }

  private void odiglet(InstrumentationConfig ic) {
    var status = ic.getStatus();
    boolean reported =
        status != null
            && status.getRuntimeDetailsByContainer() != null
            && !status.getRuntimeDetailsByContainer().isEmpty();
    String key = ic.getMetadata().getNamespace() + "/" + ic.getMetadata().getName();
    if (reported || !inspected.add(key)) {
      return;
    }
    odiglets.execute(() -> reportRuntime(ic, key));
  }

  /** Merge-patches only {@code status.runtimeDetailsByContainer}, as the odiglet owns it. */
  private void reportRuntime(InstrumentationConfig ic, String key) {
    String name = ic.getMetadata().getName();
    String workload = name.substring(name.indexOf('-') + 1);
    // like the real odiglet, it reads what it knows from its own cache, not from the API server
    Deployment d =
        deployments.getIndexer().getByKey(ic.getMetadata().getNamespace() + "/" + workload);
    if (d == null) {
      inspected.remove(key);
      return;
    }
    List<Map<String, Object>> details =
        d.getSpec().getTemplate().getSpec().getContainers().stream()
            .map(
                c ->
                    Map.<String, Object>of(
                        "containerName",
                        c.getName(),
                        "language",
                        LANGUAGE,
                        "runtimeVersion",
                        RUNTIME_VERSION))
            .toList();
    String patch =
        client
            .getKubernetesSerialization()
            .asJson(Map.of("status", Map.of("runtimeDetailsByContainer", details)));
    try {
      MergePatch.applyToStatus(
          client, InstrumentationConfig.class, ic.getMetadata().getNamespace(), name, patch);
    } catch (KubernetesClientException e) {
      inspected.remove(key); // gone or not ready: the next event retries
    }
  }

  private void deploymentController(Deployment d) {
    Long generation = d.getMetadata().getGeneration();
    if (d.getStatus() != null
        && Objects.equals(d.getStatus().getObservedGeneration(), generation)) {
      return;
    }
    controller.execute(
        () -> {
          int replicas = d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
          d.setStatus(
              new DeploymentStatusBuilder()
                  .withObservedGeneration(generation)
                  .withReplicas(replicas)
                  .withUpdatedReplicas(replicas)
                  .withReadyReplicas(replicas)
                  .withAvailableReplicas(replicas)
                  .build());
          try {
            client.apps().deployments().resource(d).updateStatus();
          } catch (KubernetesClientException e) {
            // a newer version exists: its own event brings it here again
          }
        });
  }

  private static <T> ResourceEventHandler<T> handler(java.util.function.Consumer<T> onChange) {
    return new ResourceEventHandler<>() {
      @Override
      public void onAdd(T obj) {
        onChange.accept(obj);
      }

      @Override
      public void onUpdate(T oldObj, T newObj) {
        onChange.accept(newObj);
      }

      @Override
      public void onDelete(T obj, boolean deletedFinalStateUnknown) {}
    };
  }

  @Override
  public void close() {
    configs.close();
    deployments.close();
    odiglets.shutdownNow();
    controller.shutdownNow();
  }
}
