package io.odigos.operator.scheduler.reconciler;

import static io.odigos.operator.scheduler.desired.EffectiveConfigMap.EFFECTIVE_CONFIG_MAP;
import static io.odigos.operator.scheduler.desired.EffectiveConfigMap.USER_CONFIG_MAP;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.odigos.operator.scheduler.SchedulerConfig;
import io.odigos.operator.scheduler.config.ConfigYaml;
import io.odigos.operator.scheduler.config.EffectiveConfigCalculator;
import io.odigos.operator.scheduler.config.InvalidConfigurationException;
import io.odigos.operator.scheduler.desired.EffectiveConfigMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code effective-config} equal to the user's {@code odigos-configuration} with defaults,
 * profiles and the size preset applied (the defaults alone when the user has none). A configuration
 * that cannot be used leaves the last good effective config in place and is reported once: a
 * Warning Event on the user's ConfigMap and one WARN log line.
 */
@ControllerConfiguration(name = "effective-config", generationAwareEventProcessing = false)
public final class EffectiveConfigReconciler implements Reconciler<Namespace> {
  private static final Logger log = LoggerFactory.getLogger(EffectiveConfigReconciler.class);
  static final String INVALID_REASON = "InvalidConfiguration";

  private final String namespace;
  private final EffectiveConfigCalculator calculator;
  private final ConfigurationEvents events;
  private final AtomicReference<String> lastReported = new AtomicReference<>();

  public EffectiveConfigReconciler(SchedulerConfig config, ConfigurationEvents events) {
    this.namespace = config.odigosNamespace();
    this.calculator = new EffectiveConfigCalculator(namespace);
    this.events = events;
  }

  @Override
  public List<EventSource<?, Namespace>> prepareEventSources(EventSourceContext<Namespace> ctx) {
    Set<String> names = Set.of(USER_CONFIG_MAP, EFFECTIVE_CONFIG_MAP);
    return List.of(
        OdigosNamespaceTrigger.build(
            OdigosNamespaceTrigger.inOdigosNamespace(ConfigMap.class, namespace)
                .withGenericFilter(cm -> names.contains(cm.getMetadata().getName())),
            ctx));
  }

  @Override
  public UpdateControl<Namespace> reconcile(Namespace primary, Context<Namespace> context) {
    Map<String, ConfigMap> configMaps =
        context
            .getSecondaryResourcesAsStream(ConfigMap.class)
            .collect(Collectors.toMap(cm -> cm.getMetadata().getName(), Function.identity()));
    ConfigMap user = configMaps.get(USER_CONFIG_MAP);
    String yaml;
    try {
      yaml =
          calculator.render(
              user == null || user.getData() == null ? null : user.getData().get(ConfigYaml.KEY));
    } catch (InvalidConfigurationException e) {
      reportOnce(context, user, e);
      return UpdateControl.noUpdate();
    }
    lastReported.set(null);
    ConfigMap current = configMaps.get(EFFECTIVE_CONFIG_MAP);
    ConfigMap desired = EffectiveConfigMap.desired(namespace, yaml, user);
    if (!EffectiveConfigMap.upToDate(current, desired)) {
      context
          .getClient()
          .configMaps()
          .inNamespace(namespace)
          .resource(desired)
          .fieldManager(EffectiveConfigMap.MANAGED_BY)
          .forceConflicts()
          .serverSideApply();
      log.info(
          "{} {} from {}",
          current == null ? "created" : "updated",
          EFFECTIVE_CONFIG_MAP,
          user == null ? "the defaults (no " + USER_CONFIG_MAP + ")" : USER_CONFIG_MAP);
    }
    return UpdateControl.noUpdate();
  }

  /** Reports a problem once per version of the user's ConfigMap; the message quotes no values. */
  private void reportOnce(
      Context<Namespace> context, ConfigMap user, InvalidConfigurationException e) {
    if (user == null) {
      throw new IllegalStateException("the defaults alone must always be valid", e);
    }
    String key =
        user.getMetadata().getUid()
            + "/"
            + user.getMetadata().getResourceVersion()
            + ": "
            + e.getMessage();
    if (Objects.equals(key, lastReported.get())) {
      return;
    }
    String message =
        USER_CONFIG_MAP
            + " was not applied, "
            + EFFECTIVE_CONFIG_MAP
            + " keeps the last valid configuration: "
            + e.getMessage();
    log.warn(message);
    events.warning(context.getClient(), user, INVALID_REASON, message);
    lastReported.set(key);
  }
}
