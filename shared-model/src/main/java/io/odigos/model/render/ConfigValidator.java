package io.odigos.model.render;

import java.util.Optional;

/**
 * Checks a collector config the way the collector itself does ({@code otelcol validate}); the
 * implementation runs the real binary, so it lives outside this client-free module.
 */
@FunctionalInterface
public interface ConfigValidator {

  /** Empty when the collector accepts the config, else what it said. */
  Optional<String> problems(String yaml);
}
