package io.odigos.console.describe;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationInstance;
import io.odigos.model.v1alpha1.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workload's story from fabric8 informers: the workload, its InstrumentationConfig, and the
 * namespace's Sources, pods, events and InstrumentationInstances. Any watch event rebuilds the
 * story on one thread of its own (changes that arrive while it builds are folded into the next
 * build).
 */
public final class KubeStorySource implements StorySource {
  private static final Logger log = LoggerFactory.getLogger(KubeStorySource.class);

  private final KubernetesClient client;

  public KubeStorySource(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public AutoCloseable watch(WorkloadKey key, Consumer<WorkloadStory> listener) {
    String ns = key.namespace();
    ExecutorService builder =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "describe-" + key.name());
              t.setDaemon(true);
              return t;
            });
    AtomicBoolean pending = new AtomicBoolean();
    AtomicBoolean started = new AtomicBoolean();
    List<SharedIndexInformer<?>> informers = new ArrayList<>();
    @SuppressWarnings("unchecked")
    SharedIndexInformer<HasMetadata>[] workload = new SharedIndexInformer[1];
    @SuppressWarnings("unchecked")
    SharedIndexInformer<InstrumentationConfig>[] ic = new SharedIndexInformer[1];
    @SuppressWarnings("unchecked")
    SharedIndexInformer<Source>[] sources = new SharedIndexInformer[1];
    @SuppressWarnings("unchecked")
    SharedIndexInformer<Pod>[] pods = new SharedIndexInformer[1];
    @SuppressWarnings("unchecked")
    SharedIndexInformer<Event>[] events = new SharedIndexInformer[1];
    @SuppressWarnings("unchecked")
    SharedIndexInformer<InstrumentationInstance>[] instances = new SharedIndexInformer[1];
    Runnable rebuild =
        () -> {
          if (started.get() && pending.compareAndSet(false, true)) {
            builder.execute(
                () -> {
                  pending.set(false);
                  try {
                    listener.accept(
                        story(
                            key, workload[0], ic[0], sources[0], pods[0], events[0], instances[0]));
                  } catch (RuntimeException e) {
                    log.warn("Describing {}: {}", key, e.toString());
                  }
                });
          }
        };
    ResourceEventHandler<HasMetadata> changed = new Rebuild(rebuild);
    try {
      workload[0] =
          start(
              informers,
              () -> {
                @SuppressWarnings("unchecked")
                SharedIndexInformer<HasMetadata> i =
                    (SharedIndexInformer<HasMetadata>)
                        (SharedIndexInformer<?>)
                            WorkloadObjects.resource(client, key).runnableInformer(0);
                i.addEventHandler(changed);
                return i;
              });
      ic[0] =
          start(
              informers,
              () ->
                  client
                      .resources(InstrumentationConfig.class)
                      .inNamespace(ns)
                      .withName(key.instrumentationConfigName())
                      .runnableInformer(0)
                      .addEventHandler(handler(changed)));
      sources[0] =
          start(
              informers,
              () ->
                  client
                      .resources(Source.class)
                      .inNamespace(ns)
                      .runnableInformer(0)
                      .addEventHandler(handler(changed)));
      pods[0] =
          start(
              informers,
              () ->
                  client
                      .pods()
                      .inNamespace(ns)
                      .runnableInformer(0)
                      .addEventHandler(handler(changed)));
      events[0] =
          start(
              informers,
              () ->
                  client
                      .v1()
                      .events()
                      .inNamespace(ns)
                      .runnableInformer(0)
                      .addEventHandler(handler(changed)));
      instances[0] =
          start(
              informers,
              () ->
                  client
                      .resources(InstrumentationInstance.class)
                      .inNamespace(ns)
                      .runnableInformer(0)
                      .addEventHandler(handler(changed)));
    } catch (RuntimeException e) {
      informers.forEach(SharedIndexInformer::close);
      builder.shutdownNow();
      throw e;
    }
    started.set(true);
    rebuild.run();
    log.info("Describing {}", key);
    return () -> {
      informers.forEach(SharedIndexInformer::close);
      builder.shutdownNow();
    };
  }

  private static <T extends HasMetadata> SharedIndexInformer<T> start(
      List<SharedIndexInformer<?>> started,
      java.util.function.Supplier<SharedIndexInformer<T>> make) {
    SharedIndexInformer<T> i = Informers.run(make);
    started.add(i);
    return i;
  }

  /** Any change of any watched object: build the story again. */
  private record Rebuild(Runnable rebuild) implements ResourceEventHandler<HasMetadata> {
    @Override
    public void onAdd(HasMetadata obj) {
      rebuild.run();
    }

    @Override
    public void onUpdate(HasMetadata old, HasMetadata obj) {
      rebuild.run();
    }

    @Override
    public void onDelete(HasMetadata obj, boolean unknownFinalState) {
      rebuild.run();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends HasMetadata> ResourceEventHandler<T> handler(
      ResourceEventHandler<HasMetadata> h) {
    return (ResourceEventHandler<T>) (ResourceEventHandler<?>) h;
  }

  private static WorkloadStory story(
      WorkloadKey key,
      SharedIndexInformer<HasMetadata> workload,
      SharedIndexInformer<InstrumentationConfig> ic,
      SharedIndexInformer<Source> sources,
      SharedIndexInformer<Pod> pods,
      SharedIndexInformer<Event> events,
      SharedIndexInformer<InstrumentationInstance> instances) {
    HasMetadata w = workload.getStore().list().stream().findFirst().orElse(null);
    List<Pod> own =
        w == null
            ? List.of()
            : WorkloadPods.of(key, WorkloadObjects.selector(w), pods.getStore().list());
    return StoryBuilder.build(
        key,
        w == null ? null : WorkloadObjects.template(w),
        sources.getStore().list(),
        ic.getStore().list().stream().findFirst().orElse(null),
        own,
        events.getStore().list(),
        instances.getStore().list());
  }
}
