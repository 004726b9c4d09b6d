package io.odigos.operator.instrumentor.agent;

import io.fabric8.kubernetes.api.model.ConfigMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the cached {@code effective-config} ConfigMap into {@link EffectiveSettings}. While it is
 * missing or unusable the defaults apply; an unusable one is reported once per distinct problem,
 * not on every reconcile.
 */
public final class SettingsReader {
  private static final Logger log = LoggerFactory.getLogger(SettingsReader.class);
  private final String odigosNamespace;
  private final AtomicReference<String> lastProblem = new AtomicReference<>();
  private final AtomicReference<Parsed> last = new AtomicReference<>();

  /** The last document read and what it gave, so an unchanged ConfigMap is not parsed again. */
  private record Parsed(String yaml, EffectiveSettings settings) {}

  public SettingsReader(String odigosNamespace) {
    this.odigosNamespace = odigosNamespace;
  }

  public EffectiveSettings read(Optional<ConfigMap> effectiveConfig) {
    String yaml =
        effectiveConfig.map(ConfigMap::getData).map(d -> d.get(EffectiveSettings.KEY)).orElse(null);
    Parsed cached = last.get();
    if (cached != null && Objects.equals(cached.yaml(), yaml)) {
      return cached.settings();
    }
    try {
      EffectiveSettings settings = EffectiveSettings.parse(yaml, odigosNamespace);
      lastProblem.set(null);
      last.set(new Parsed(yaml, settings));
      return settings;
    } catch (IllegalArgumentException e) {
      if (!Objects.equals(lastProblem.getAndSet(e.getMessage()), e.getMessage())) {
        log.warn(
            "{} is unusable, the default ignored namespaces and containers apply: {}",
            EffectiveSettings.CONFIG_MAP,
            e.getMessage());
      }
      return EffectiveSettings.defaults(odigosNamespace);
    }
  }
}
