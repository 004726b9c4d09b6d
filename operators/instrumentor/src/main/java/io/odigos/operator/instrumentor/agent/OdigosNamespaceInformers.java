package io.odigos.operator.instrumentor.agent;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.config.informer.FieldSelector;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Informers on cluster-wide settings kept in the Odigos namespace (the node CollectorsGroup,
 * Destinations, {@code effective-config}, InstrumentationRules). A change to one of them concerns
 * every primary, so each event re-reconciles them all. Reconcilers read these informers' caches
 * directly ({@link #one}, {@code list}) rather than through the secondary-resource index, which
 * only knows the primaries that existed when the secondary last changed.
 */
public final class OdigosNamespaceInformers {
  private OdigosNamespaceInformers() {}

  /**
   * @param onlyName watch just the object of this name (a field selector), or every object if null
   */
  public static <R extends HasMetadata, P extends HasMetadata> InformerEventSource<R, P> create(
      Class<R> type, String odigosNamespace, String onlyName, EventSourceContext<P> context) {
    var builder =
        InformerEventSourceConfiguration.from(type, context.getPrimaryResourceClass())
            .withName(type.getSimpleName().toLowerCase(Locale.ROOT) + "-in-odigos-namespace")
            .withNamespaces(Set.of(odigosNamespace))
            .withFollowControllerNamespacesChanges(false)
            .withSecondaryToPrimaryMapper(
                r -> context.getPrimaryCache().keys().collect(Collectors.toSet()));
    if (onlyName != null) {
      builder.withFieldSelector(
          new FieldSelector(new FieldSelector.Field("metadata.name", onlyName)));
    }
    return new InformerEventSource<>(builder.build(), context);
  }

  /** The cached object of that name in the Odigos namespace. */
  public static <R extends HasMetadata> Optional<R> one(
      InformerEventSource<R, ?> informer, String name, String odigosNamespace) {
    return informer.get(new ResourceID(name, odigosNamespace));
  }
}
