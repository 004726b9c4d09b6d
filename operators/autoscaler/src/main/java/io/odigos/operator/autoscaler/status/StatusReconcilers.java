package io.odigos.operator.autoscaler.status;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.javaoperatorsdk.operator.Operator;
import io.odigos.model.actions.v1alpha1.LegacyActionSpec;
import io.odigos.model.actions.v1alpha1.LegacyActionStatus;
import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.model.render.GatewaySettings;
import io.odigos.operator.autoscaler.AutoscalerConfig;
import java.time.Clock;

/**
 * Wires the status reconcilers of the autoscaler: conditions on Destinations, Actions, Processors
 * and Samplings, and the legacy {@code actions.odigos.io} kinds kept as Actions. All watch the
 * Odigos namespace.
 */
public final class StatusReconcilers {

  private StatusReconcilers() {}

  public static void registerAll(Operator operator, AutoscalerConfig config) {
    Clock clock = Clock.systemUTC();
    GatewaySettings settings = GatewaySettings.defaults(config.odigosVersion());
    String namespace = config.odigosNamespace();
    operator.register(
        new DestinationStatusReconciler(
            new DestinationDiagnosis(DestinationCatalog.defaultCatalog(), settings), clock),
        c -> c.settingNamespace(namespace));
    operator.register(
        new ActionStatusReconciler(settings, clock), c -> c.settingNamespace(namespace));
    operator.register(new ProcessorStatusReconciler(clock), c -> c.settingNamespace(namespace));
    operator.register(
        new SamplingStatusReconciler(settings, clock), c -> c.settingNamespace(namespace));
    for (LegacyActionReconciler<?> legacy : LegacyActionKinds.reconcilers(settings, clock)) {
      registerLegacy(operator, legacy, namespace);
    }
  }

  private static <
          L extends CustomResource<? extends LegacyActionSpec, LegacyActionStatus> & Namespaced>
      void registerLegacy(
          Operator operator, LegacyActionReconciler<L> reconciler, String namespace) {
    operator.register(
        reconciler, c -> c.settingNamespace(namespace).withName(reconciler.controllerName()));
  }
}
