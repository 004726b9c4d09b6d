package io.odigos.operator.autoscaler.status;

import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.DestinationStatus;
import io.odigos.operator.support.Conditions.Desired;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets each Destination's {@value DestinationDiagnosis#TYPE} condition: whether it renders into the
 * gateway's collector config and, if not, why. Watches the Secrets of the namespace too, so a
 * Secret that appears or changes re-checks the Destinations that reference it.
 */
@ControllerConfiguration(name = DestinationStatusReconciler.NAME)
public final class DestinationStatusReconciler implements Reconciler<Destination> {

  static final String NAME = "destination-status";
  private static final Logger log = LoggerFactory.getLogger(DestinationStatusReconciler.class);

  private final DestinationDiagnosis diagnosis;
  private final Clock clock;

  DestinationStatusReconciler(DestinationDiagnosis diagnosis, Clock clock) {
    this.diagnosis = diagnosis;
    this.clock = clock;
  }

  @Override
  public List<EventSource<?, Destination>> prepareEventSources(
      EventSourceContext<Destination> context) {
    var secrets =
        InformerEventSourceConfiguration.from(Secret.class, Destination.class)
            .withName("secrets")
            .withNamespacesInheritedFromController()
            .withItemStore(new SecretKeysOnlyStore())
            .withSecondaryToPrimaryMapper(
                secret ->
                    context
                        .getPrimaryCache()
                        .list(
                            d ->
                                referencedSecret(d)
                                    .equals(Optional.of(ResourceID.fromResource(secret))))
                        .map(ResourceID::fromResource)
                        .collect(Collectors.toSet()))
            .withPrimaryToSecondaryMapper(
                (Destination d) -> referencedSecret(d).map(Set::of).orElse(Set.of()))
            .build();
    return List.of(new InformerEventSource<>(secrets, context));
  }

  @Override
  public UpdateControl<Destination> reconcile(
      Destination destination, Context<Destination> context) {
    Desired desired;
    try {
      Optional<Secret> secret = context.getSecondaryResource(Secret.class);
      desired =
          diagnosis.diagnose(
              destination,
              name ->
                  secret
                      .filter(s -> name.equals(s.getMetadata().getName()))
                      .map(DestinationDiagnosis::keysOf));
    } catch (RuntimeException e) {
      // a bug of ours must still show on the resource, not only in the operator's log
      log.warn("checking the destination failed", e);
      desired =
          Desired.isFalse(
              DestinationDiagnosis.TYPE,
              DestinationDiagnosis.RENDER_FAILED,
              "the destination could not be checked: " + e.getClass().getSimpleName());
    }
    return StatusUpdate.patchIfChanged(
        destination, desired, Destination::new, DestinationStatus::new, clock.instant(), log);
  }

  /** The Secret a Destination's spec.secretRef names, in the Destination's namespace. */
  static Optional<ResourceID> referencedSecret(Destination destination) {
    if (destination.getSpec() == null
        || destination.getSpec().getSecretRef() == null
        || destination.getSpec().getSecretRef().name() == null
        || destination.getSpec().getSecretRef().name().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ResourceID(
            destination.getSpec().getSecretRef().name(), destination.getMetadata().getNamespace()));
  }
}
