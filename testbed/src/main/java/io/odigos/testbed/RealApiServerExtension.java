package io.odigos.testbed;

import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test an {@link ApiServer} (or its {@link KubernetesClient}) as a parameter. One server is
 * started for the whole test run (the JUnit root store closes it at the end): on two cores a start
 * costs seconds, so test classes share it and keep apart by namespace.
 */
public final class RealApiServerExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(RealApiServerExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == ApiServer.class || type == KubernetesClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ApiServer server = shared(context);
    return parameter.getParameter().getType() == ApiServer.class ? server : server.client();
  }

  /** The server of this test run, started on first use. */
  public static ApiServer shared(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NS)
        .getOrComputeIfAbsent(
            ApiServer.class, k -> ApiServer.start(TestbedLayout.discover()), ApiServer.class);
  }
}
