package io.odigos.operator.scheduler.reconciler;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.util.Set;

/**
 * The scheduler's reconcilers have no natural primary resource: the effective config must exist
 * even without a user ConfigMap, and the gateway must go when the last Destination goes. So their
 * primary is the Odigos Namespace itself (always there, selected by the label the API server puts
 * on every namespace), and every watched resource maps to it: any change makes the whole state be
 * recomputed once.
 */
public final class OdigosNamespaceTrigger {
  private OdigosNamespaceTrigger() {}

  /** Selects the Odigos namespace only; the API server sets this label on every namespace. */
  public static String labelSelector(String odigosNamespace) {
    return "kubernetes.io/metadata.name=" + odigosNamespace;
  }

  /** Watches {@code type} in the Odigos namespace only, reporting every change to the trigger. */
  static <R extends HasMetadata> InformerEventSourceConfiguration.Builder<R> inOdigosNamespace(
      Class<R> type, String odigosNamespace) {
    return InformerEventSourceConfiguration.from(type, Namespace.class)
        .withName(type.getSimpleName().toLowerCase() + "-in-" + odigosNamespace)
        .withNamespaces(Set.of(odigosNamespace))
        .withFollowControllerNamespacesChanges(false)
        .withSecondaryToPrimaryMapper(r -> Set.of(new ResourceID(odigosNamespace)));
  }

  /** Watches {@code type} in every namespace, reporting every change to the trigger. */
  static <R extends HasMetadata> InformerEventSourceConfiguration.Builder<R> inAllNamespaces(
      Class<R> type, String odigosNamespace) {
    return InformerEventSourceConfiguration.from(type, Namespace.class)
        .withName(type.getSimpleName().toLowerCase() + "-everywhere")
        .withWatchAllNamespaces()
        .withFollowControllerNamespacesChanges(false)
        .withSecondaryToPrimaryMapper(r -> Set.of(new ResourceID(odigosNamespace)));
  }

  static <R extends HasMetadata> InformerEventSource<R, Namespace> build(
      InformerEventSourceConfiguration.Builder<R> configuration,
      EventSourceContext<Namespace> context) {
    return new InformerEventSource<>(configuration.build(), context);
  }
}
