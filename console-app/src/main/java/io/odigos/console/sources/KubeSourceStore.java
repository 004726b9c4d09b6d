package io.odigos.console.sources;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.odigos.console.describe.Informers;
import io.odigos.console.describe.WorkloadKey;
import io.odigos.console.describe.WorkloadObjects;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SourceStore} on fabric8 informers in every namespace: Namespaces, the four workload kinds,
 * Sources and InstrumentationConfigs. Writes go straight to the API server; the informers bring
 * them back into the view.
 */
public final class KubeSourceStore implements SourceStore {
  private static final Logger log = LoggerFactory.getLogger(KubeSourceStore.class);

  /**
   * The first list of each kind comes in pages of this many objects: a cluster's 10,000 workloads
   * are then never all parsed at once, so the heap does not grow to hold them (and keep that size).
   */
  static final long LIST_CHUNK = 500;

  private final KubernetesClient client;

  public KubeSourceStore(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public AutoCloseable watch(Sink sink) {
    List<SharedIndexInformer<?>> informers = new ArrayList<>();
    try {
      informers.add(
          keysOnly(
              Namespace::new,
              () -> client.namespaces().withLimit(LIST_CHUNK).runnableInformer(0),
              handler((ns, present) -> sink.namespace(ns.getMetadata().getName(), present))));
      informers.add(
          keysOnly(
              Deployment::new,
              () ->
                  client
                      .apps()
                      .deployments()
                      .inAnyNamespace()
                      .withLimit(LIST_CHUNK)
                      .runnableInformer(0),
              workloads(sink, "Deployment")));
      informers.add(
          keysOnly(
              StatefulSet::new,
              () ->
                  client
                      .apps()
                      .statefulSets()
                      .inAnyNamespace()
                      .withLimit(LIST_CHUNK)
                      .runnableInformer(0),
              workloads(sink, "StatefulSet")));
      informers.add(
          keysOnly(
              DaemonSet::new,
              () ->
                  client
                      .apps()
                      .daemonSets()
                      .inAnyNamespace()
                      .withLimit(LIST_CHUNK)
                      .runnableInformer(0),
              workloads(sink, "DaemonSet")));
      informers.add(
          keysOnly(
              CronJob::new,
              () ->
                  client
                      .batch()
                      .v1()
                      .cronjobs()
                      .inAnyNamespace()
                      .withLimit(LIST_CHUNK)
                      .runnableInformer(0),
              workloads(sink, "CronJob")));
      informers.add(
          keysOnly(
              Source::new,
              () ->
                  client
                      .resources(Source.class)
                      .inAnyNamespace()
                      .withLimit(LIST_CHUNK)
                      .runnableInformer(0),
              handler((Source s, Boolean present) -> sink.source(s, present))));
      informers.add(
          keysOnly(
              InstrumentationConfig::new,
              () ->
                  client
                      .resources(InstrumentationConfig.class)
                      .inAnyNamespace()
                      .withLimit(LIST_CHUNK)
                      .runnableInformer(0),
              handler(
                  (InstrumentationConfig ic, Boolean present) ->
                      sink.instrumentationConfig(ic, present))));
    } catch (RuntimeException e) {
      informers.forEach(SharedIndexInformer::close);
      throw e;
    }
    log.info("Watching namespaces, workloads, Sources and InstrumentationConfigs");
    return () -> informers.forEach(SharedIndexInformer::close);
  }

  /**
   * Starts an informer (retrying while a fresh API server warms up) whose cache keeps only each
   * object's key and resource version: the handlers get whole objects and the view model keeps what
   * it shows, so a full copy of 10,000 workloads in the cache would only cost memory.
   */
  private <T extends HasMetadata> SharedIndexInformer<T> keysOnly(
      Supplier<T> empty,
      Supplier<SharedIndexInformer<T>> informer,
      ResourceEventHandler<T> handler) {
    return Informers.run(
        () ->
            informer
                .get()
                .removeNamespaceIndex()
                .itemStore(new MetadataOnlyItemStore<>(empty))
                .addEventHandler(handler));
  }

  private static <T extends HasMetadata> ResourceEventHandler<T> workloads(Sink sink, String kind) {
    return handler(
        (T w, Boolean present) ->
            sink.workload(
                new WorkloadKey(w.getMetadata().getNamespace(), kind, w.getMetadata().getName()),
                present));
  }

  private static <T extends HasMetadata> ResourceEventHandler<T> handler(
      BiConsumer<T, Boolean> seen) {
    return new ResourceEventHandler<>() {
      @Override
      public void onAdd(T obj) {
        seen.accept(obj, true);
      }

      @Override
      public void onUpdate(T old, T obj) {
        seen.accept(obj, true);
      }

      @Override
      public void onDelete(T obj, boolean unknownFinalState) {
        seen.accept(obj, false);
      }
    };
  }

  @Override
  public void apply(List<SourceChange> changes) {
    for (SourceChange c : changes) {
      var sources = client.resources(Source.class).inNamespace(c.namespace());
      switch (c) {
        case SourceChange.Create create -> sources.resource(create.source()).create();
        case SourceChange.SetDisabled set ->
            sources
                .withName(set.name())
                .patch(
                    PatchContext.of(PatchType.JSON_MERGE),
                    "{\"spec\":{\"disableInstrumentation\":"
                        + (set.disabled() ? "true" : "null")
                        + "}}");
        case SourceChange.Delete delete -> sources.withName(delete.name()).delete();
      }
      log.info("Sources: {}", c.describe());
    }
  }

  @Override
  public List<DryRunPreview.WorkloadPreview> preview(
      List<WorkloadKey> workloads, ProgrammingLanguage assumed) {
    List<DryRunPreview.WorkloadPreview> previews = new ArrayList<>();
    for (WorkloadKey key : workloads) {
      HasMetadata w = WorkloadObjects.resource(client, key).get();
      PodTemplateSpec template = w == null ? null : WorkloadObjects.template(w);
      InstrumentationConfig ic =
          client
              .resources(InstrumentationConfig.class)
              .inNamespace(key.namespace())
              .withName(key.instrumentationConfigName())
              .get();
      previews.add(DryRunPreview.of(key, template, ic, assumed));
    }
    return previews;
  }
}
