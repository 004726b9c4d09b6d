package io.odigos.operator.instrumentor;

import java.util.Map;
import java.util.Objects;

/**
 * What the instrumentor binary is told at start, read once from its environment.
 *
 * @param odigosNamespace {@value #NAMESPACE_ENV} (default {@value #DEFAULT_NAMESPACE}): where
 *     Odigos runs (effective-config, the node CollectorsGroup, the webhook's Service)
 * @param webhookPort {@value #WEBHOOK_PORT_ENV} (default {@value #DEFAULT_WEBHOOK_PORT}): the HTTPS
 *     port of the pod mutating webhook
 * @param webhookServiceName {@value #WEBHOOK_SERVICE_ENV} (default {@value
 *     #DEFAULT_WEBHOOK_SERVICE}): the Service in front of the webhook, named in the serving
 *     certificate
 */
public record InstrumentorConfig(
    String odigosNamespace, int webhookPort, String webhookServiceName) {
  public static final String NAMESPACE_ENV = "ODIGOS_NAMESPACE";
  public static final String WEBHOOK_PORT_ENV = "ODIGOS_WEBHOOK_PORT";
  public static final String WEBHOOK_SERVICE_ENV = "ODIGOS_WEBHOOK_SERVICE";
  public static final String DEFAULT_NAMESPACE = "odigos-system";
  public static final int DEFAULT_WEBHOOK_PORT = 9443;
  public static final String DEFAULT_WEBHOOK_SERVICE = "odigos-instrumentor";

  public InstrumentorConfig {
    Objects.requireNonNull(odigosNamespace, "odigosNamespace");
    Objects.requireNonNull(webhookServiceName, "webhookServiceName");
    if (webhookPort < 0 || webhookPort > 65535) {
      throw new IllegalArgumentException(
          WEBHOOK_PORT_ENV + " must be a TCP port, not " + webhookPort);
    }
  }

  public static InstrumentorConfig fromEnvironment(Map<String, String> env) {
    String port = env.getOrDefault(WEBHOOK_PORT_ENV, "");
    return new InstrumentorConfig(
        env.getOrDefault(NAMESPACE_ENV, DEFAULT_NAMESPACE).isBlank()
            ? DEFAULT_NAMESPACE
            : env.getOrDefault(NAMESPACE_ENV, DEFAULT_NAMESPACE).strip(),
        port.isBlank() ? DEFAULT_WEBHOOK_PORT : Integer.parseInt(port.strip()),
        env.getOrDefault(WEBHOOK_SERVICE_ENV, DEFAULT_WEBHOOK_SERVICE));
  }
}
