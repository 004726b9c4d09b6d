package io.odigos.operator.instrumentor.rollout;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses {@code config.yaml} into {@link RolloutSettings} once per distinct document (every
 * reconcile asks), and warns once about unusable values.
 */
final class SettingsReader {
  private static final Logger log = LoggerFactory.getLogger(SettingsReader.class);

  private record Last(String yaml, RolloutSettings settings) {}

  private final AtomicReference<Last> last =
      new AtomicReference<>(new Last(null, RolloutSettings.DEFAULTS));

  RolloutSettings read(String yaml) {
    Last seen = last.get();
    if (Objects.equals(seen.yaml(), yaml)) {
      return seen.settings();
    }
    RolloutSettings.Parsed parsed = RolloutSettings.fromConfigYaml(yaml);
    if (!parsed.problems().isEmpty()) {
      log.warn(
          "{} has unusable rollout settings, defaults used for them: {}",
          RolloutEventSources.EFFECTIVE_CONFIG,
          String.join("; ", parsed.problems()));
    }
    last.set(new Last(yaml, parsed.settings()));
    return parsed.settings();
  }
}
