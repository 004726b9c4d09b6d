package io.odigos.operator.instrumentor.webhook;

import io.odigos.model.v1alpha1.InstrumentationConfig;
import java.util.Optional;

/** Finds an InstrumentationConfig without blocking: from a cache, never from the API server. */
@FunctionalInterface
interface ConfigLookup {
  Optional<InstrumentationConfig> find(String namespace, String name);
}
