package io.odigos.console.sources;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.odigos.console.describe.WorkloadKey;
import io.odigos.console.describe.WorkloadObjects;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SourceStore} on fabric8 informers in every namespace: Namespaces, the four workload kinds,
 * Sources and InstrumentationConfigs. Writes go straight to the API server; the informers bring
 * them back into the view.
 */
public final class KubeSourceStore implements SourceStore {
  private static final Logger log = LoggerFactory.getLogger(KubeSourceStore.class);

  private final KubernetesClient client;

  public KubeSourceStore(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public AutoCloseable watch(Sink sink) {
    List<SharedIndexInformer<?>> informers = new ArrayList<>();
    try {
      informers.add(
          client
              .namespaces()
              .inform(
                  handler((ns, present) -> sink.namespace(ns.getMetadata().getName(), present)),
                  0));
      informers.add(
          client.apps().deployments().inAnyNamespace().inform(workloads(sink, "Deployment"), 0));
      informers.add(
          client.apps().statefulSets().inAnyNamespace().inform(workloads(sink, "StatefulSet"), 0));
      informers.add(
          client.apps().daemonSets().inAnyNamespace().inform(workloads(sink, "DaemonSet"), 0));
      informers.add(
          client.batch().v1().cronjobs().inAnyNamespace().inform(workloads(sink, "CronJob"), 0));
      informers.add(
          client
              .resources(Source.class)
              .inAnyNamespace()
              .inform(handler((Source s, Boolean present) -> sink.source(s, present)), 0));
      informers.add(
          client
              .resources(InstrumentationConfig.class)
              .inAnyNamespace()
              .inform(
                  handler(
                      (InstrumentationConfig ic, Boolean present) ->
                          sink.instrumentationConfig(ic, present)),
                  0));
    } catch (RuntimeException e) {
      informers.forEach(SharedIndexInformer::close);
      throw e;
    }
    log.info("Watching namespaces, workloads, Sources and InstrumentationConfigs");
    return () -> informers.forEach(SharedIndexInformer::close);
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
