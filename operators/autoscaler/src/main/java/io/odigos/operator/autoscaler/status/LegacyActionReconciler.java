package io.odigos.operator.autoscaler.status;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceUtils;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.odigos.model.actions.v1alpha1.LegacyActionSpec;
import io.odigos.model.actions.v1alpha1.LegacyActionStatus;
import io.odigos.model.render.GatewaySettings;
import io.odigos.model.v1alpha1.Action;
import io.odigos.operator.support.Conditions.Desired;
import java.lang.reflect.ParameterizedType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps, for each object of one legacy {@code actions.odigos.io} kind, the equivalent {@code
 * odigos.io} Action (see {@link LegacyActionDesired}) and sets the legacy object's {@value
 * PipelineDiagnosis#ACTION_TYPE} condition by judging that Action as the Action status reconciler
 * does. Deleting the legacy object deletes its Action (through a finalizer: owner references alone
 * need a garbage collector).
 *
 * <p>One class serves all ten kinds. JOSDK reads the primary kind from the reconciler class's type
 * argument (and wants a class with a canonical name), so each kind gets a one-line named subclass
 * in {@link LegacyActionKinds}.
 */
public abstract class LegacyActionReconciler<
        L extends CustomResource<? extends LegacyActionSpec, LegacyActionStatus> & Namespaced>
    implements Reconciler<L>, Cleaner<L> {

  static final String INVALID_LEGACY_ACTION = "InvalidLegacyAction";
  static final String FAILED_TO_CREATE_ACTION = "FailedToCreateAction";
  private static final Duration RETRY = Duration.ofSeconds(10);
  private static final Logger log = LoggerFactory.getLogger(LegacyActionReconciler.class);

  private final Supplier<L> blank;
  private final String kind;
  private final LegacyActionDependent<L> dependent;
  private final GatewaySettings settings;
  private final Clock clock;

  protected LegacyActionReconciler(Supplier<L> blank, GatewaySettings settings, Clock clock) {
    if (getClass().getCanonicalName() == null
        || !(getClass().getGenericSuperclass() instanceof ParameterizedType p)
        || !(p.getActualTypeArguments()[0] instanceof Class<?>)) {
      throw new IllegalStateException(
          "subclass LegacyActionReconciler with a named class that fixes the legacy kind, as"
              + " LegacyActionKinds does: JOSDK reads the kind from it");
    }
    this.blank = blank;
    this.kind = blank.get().getKind();
    this.dependent = new LegacyActionDependent<>(kind);
    this.settings = settings;
    this.clock = clock;
  }

  /** The legacy kind, e.g. {@code DeleteAttribute}. */
  public String kind() {
    return kind;
  }

  /** A controller name unique per kind, e.g. {@code legacy-deleteattribute}. */
  public String controllerName() {
    return "legacy-" + kind.toLowerCase(Locale.ROOT);
  }

  @Override
  public List<EventSource<?, L>> prepareEventSources(EventSourceContext<L> context) {
    return EventSourceUtils.dependentEventSources(context, dependent);
  }

  @Override
  public UpdateControl<L> reconcile(L legacy, Context<L> context) {
    Action action;
    try {
      action = LegacyActionDesired.action(legacy);
    } catch (IllegalArgumentException e) {
      // an Action left from an earlier, valid spec would keep acting: remove it
      boolean removed = deleteAction(legacy, context);
      UpdateControl<L> control =
          patch(
              legacy,
              Desired.isFalse(
                  PipelineDiagnosis.ACTION_TYPE, INVALID_LEGACY_ACTION, e.getMessage()));
      return removed ? control : control.rescheduleAfter(RETRY);
    }
    try {
      dependent.reconcile(legacy, context);
    } catch (KubernetesClientException e) {
      log.warn("writing Action {} failed: {}", action.getMetadata().getName(), e.getMessage());
      return patch(
              legacy,
              Desired.isFalse(
                  PipelineDiagnosis.ACTION_TYPE,
                  FAILED_TO_CREATE_ACTION,
                  "could not write Action "
                      + action.getMetadata().getName()
                      + ": "
                      + e.getMessage()))
          .rescheduleAfter(RETRY);
    }
    Desired desired;
    try {
      desired = PipelineDiagnosis.action(action, settings);
    } catch (RuntimeException e) {
      log.warn("checking the action failed", e);
      desired =
          Desired.isFalse(
              PipelineDiagnosis.ACTION_TYPE,
              PipelineDiagnosis.CHECK_FAILED,
              "the action could not be checked: " + e.getClass().getSimpleName());
    }
    return patch(legacy, desired);
  }

  @Override
  public DeleteControl cleanup(L legacy, Context<L> context) {
    return deleteAction(legacy, context)
        ? DeleteControl.defaultDelete()
        : DeleteControl.noFinalizerRemoval().rescheduleAfter(RETRY.toMillis());
  }

  /** Deletes the legacy object's Action, if there is one; false when the API server failed. */
  private boolean deleteAction(L legacy, Context<L> context) {
    String name = LegacyActionDesired.name(legacy);
    try {
      boolean deleted =
          !context
              .getClient()
              .resources(Action.class)
              .inNamespace(legacy.getMetadata().getNamespace())
              .withName(name)
              .delete()
              .isEmpty();
      if (deleted) {
        log.info("deleted Action {}", name);
      }
      return true;
    } catch (KubernetesClientException e) {
      log.warn("deleting Action {} failed, will retry: {}", name, e.getMessage());
      return false;
    }
  }

  private UpdateControl<L> patch(L legacy, Desired desired) {
    return StatusUpdate.patchIfChanged(
        legacy, desired, blank, LegacyActionStatus::new, clock.instant(), log);
  }
}
