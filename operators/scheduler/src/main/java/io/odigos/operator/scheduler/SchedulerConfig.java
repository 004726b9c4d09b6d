package io.odigos.operator.scheduler;

import java.util.Map;
import java.util.Objects;

/**
 * What the scheduler binary is told at start, read once from its environment.
 *
 * @param odigosNamespace {@value #NAMESPACE_ENV} (default {@value #DEFAULT_NAMESPACE}): the
 *     namespace Odigos runs in. The scheduler reads {@code odigos-configuration} and the
 *     Destinations there, and writes {@code effective-config} and the CollectorsGroups there.
 */
public record SchedulerConfig(String odigosNamespace) {
  public static final String NAMESPACE_ENV = "ODIGOS_NAMESPACE";
  public static final String DEFAULT_NAMESPACE = "odigos-system";

  public SchedulerConfig {
    Objects.requireNonNull(odigosNamespace, "odigosNamespace");
    if (!odigosNamespace.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) {
      throw new IllegalArgumentException(
          NAMESPACE_ENV + " must be a Kubernetes namespace name, not '" + odigosNamespace + "'");
    }
  }

  /** The configuration from environment variables; a missing or blank one takes its default. */
  public static SchedulerConfig fromEnvironment(Map<String, String> env) {
    String namespace = env.get(NAMESPACE_ENV);
    return new SchedulerConfig(
        namespace == null || namespace.isBlank() ? DEFAULT_NAMESPACE : namespace.strip());
  }
}
