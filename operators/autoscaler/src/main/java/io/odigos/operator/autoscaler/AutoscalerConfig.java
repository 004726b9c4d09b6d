package io.odigos.operator.autoscaler;

import java.util.Map;
import java.util.Objects;

/**
 * What the autoscaler binary is told at start, read once from its environment.
 *
 * @param odigosNamespace {@value #NAMESPACE_ENV} (default {@value #DEFAULT_NAMESPACE}): where the
 *     CollectorsGroups, Destinations, their Secrets, Actions and the collectors live
 * @param collectorImage {@value #IMAGE_ENV} (default {@value #DEFAULT_IMAGE}): the collector image
 *     of the gateway and the node collectors
 * @param odigosVersion {@value #VERSION_ENV}: written into every span as {@code odigos.version}
 */
public record AutoscalerConfig(
    String odigosNamespace, String collectorImage, String odigosVersion) {
  public static final String NAMESPACE_ENV = "ODIGOS_NAMESPACE";
  public static final String IMAGE_ENV = "ODIGOS_COLLECTOR_IMAGE";
  public static final String VERSION_ENV = "ODIGOS_VERSION";
  public static final String DEFAULT_NAMESPACE = "odigos-system";

  /** Upstream's contrib distribution, at the version the configs are validated against. */
  public static final String DEFAULT_IMAGE = "otel/opentelemetry-collector-contrib:0.159.0";

  public static final String DEFAULT_VERSION = "v0.1.0";

  public AutoscalerConfig {
    Objects.requireNonNull(odigosNamespace, "odigosNamespace");
    Objects.requireNonNull(collectorImage, "collectorImage");
    Objects.requireNonNull(odigosVersion, "odigosVersion");
    if (!odigosNamespace.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) {
      throw new IllegalArgumentException(
          NAMESPACE_ENV + " must be a Kubernetes namespace name, not '" + odigosNamespace + "'");
    }
  }

  public static AutoscalerConfig fromEnvironment(Map<String, String> env) {
    return new AutoscalerConfig(
        orDefault(env, NAMESPACE_ENV, DEFAULT_NAMESPACE),
        orDefault(env, IMAGE_ENV, DEFAULT_IMAGE),
        orDefault(env, VERSION_ENV, DEFAULT_VERSION));
  }

  private static String orDefault(Map<String, String> env, String key, String fallback) {
    String value = env.get(key);
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
