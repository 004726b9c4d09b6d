package io.odigos.operator.autoscaler.collectors;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.odigos.model.render.InstrumentedWorkload;
import io.odigos.model.render.RenderableDestination;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.Processor;
import io.odigos.model.v1alpha1.Sampling;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The informers whose objects shape the collectors' configs. Any change to one of them
 * re-reconciles both groups; {@link #snapshot} reads them back from the caches.
 */
final class PipelineEventSources {

  static final String GATEWAY = "odigos-gateway";
  static final String NODE = "odigos-data-collection";

  private PipelineEventSources() {}

  static List<EventSource<?, CollectorsGroup>> create(
      EventSourceContext<CollectorsGroup> context, String namespace) {
    Set<ResourceID> groups =
        Set.of(new ResourceID(GATEWAY, namespace), new ResourceID(NODE, namespace));
    return List.of(
        informer(context, Destination.class, namespace, groups),
        informer(context, Secret.class, namespace, groups),
        informer(context, Action.class, namespace, groups),
        informer(context, Processor.class, namespace, groups),
        informer(context, Sampling.class, namespace, groups),
        informer(context, InstrumentationConfig.class, null, groups));
  }

  private static <R extends HasMetadata> EventSource<?, CollectorsGroup> informer(
      EventSourceContext<CollectorsGroup> context,
      Class<R> type,
      String namespace,
      Set<ResourceID> groups) {
    var builder =
        InformerEventSourceConfiguration.from(type, CollectorsGroup.class)
            .withName(type.getSimpleName().toLowerCase(java.util.Locale.ROOT))
            .withSecondaryToPrimaryMapper(r -> groups);
    if (namespace == null) {
      builder.withWatchAllNamespaces();
    } else {
      builder.withNamespaces(namespace);
    }
    return new InformerEventSource<>(builder.build(), context);
  }

  /** What the caches hold now, sorted so that the rendering does not depend on cache order. */
  static PipelineInputs snapshot(Context<CollectorsGroup> context) {
    Map<String, Secret> secrets = new HashMap<>();
    context
        .getSecondaryResources(Secret.class)
        .forEach(s -> secrets.put(s.getMetadata().getName(), s));
    Map<String, Map<String, String>> secretData = new HashMap<>();
    List<RenderableDestination> destinations =
        sorted(context.getSecondaryResources(Destination.class)).stream()
            .map(
                d -> {
                  var ref = d.getSpec() == null ? null : d.getSpec().getSecretRef();
                  Secret secret = ref == null ? null : secrets.get(ref.name());
                  if (secret == null) {
                    return new RenderableDestination(d, Set.of());
                  }
                  Map<String, String> data = new HashMap<>();
                  if (secret.getData() != null) {
                    data.putAll(secret.getData());
                  }
                  if (secret.getStringData() != null) {
                    data.putAll(secret.getStringData());
                  }
                  secretData.put(secret.getMetadata().getName(), data);
                  return new RenderableDestination(d, data.keySet());
                })
            .filter(d -> d.destination().getSpec() != null)
            .toList();
    List<InstrumentedWorkload> workloads =
        sorted(context.getSecondaryResources(InstrumentationConfig.class)).stream()
            .map(PipelineEventSources::workload)
            .toList();
    return new PipelineInputs(
        destinations,
        secretData,
        sorted(context.getSecondaryResources(Action.class)),
        sorted(context.getSecondaryResources(Processor.class)),
        sorted(context.getSecondaryResources(Sampling.class)),
        workloads);
  }

  /** InstrumentationConfigs are named {@code <kind>-<workload name>}. */
  static InstrumentedWorkload workload(InstrumentationConfig ic) {
    String name = ic.getMetadata().getName();
    int dash = name.indexOf('-');
    return dash < 0
        ? new InstrumentedWorkload(ic.getMetadata().getNamespace(), "", name)
        : new InstrumentedWorkload(
            ic.getMetadata().getNamespace(), name.substring(0, dash), name.substring(dash + 1));
  }

  private static <R extends HasMetadata> List<R> sorted(Set<R> resources) {
    return resources.stream()
        .sorted(
            Comparator.comparing((R r) -> r.getMetadata().getNamespace())
                .thenComparing(r -> r.getMetadata().getName()))
        .toList();
  }
}
