package io.odigos.operator.instrumentor.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhook;
import io.odigos.operator.instrumentor.InstrumentorConfig;
import org.junit.jupiter.api.Test;

class WebhookConfigurationsTest {
  private final InstrumentorConfig config =
      new InstrumentorConfig("odigos-system", 9443, "odigos-instrumentor");

  @Test
  void neverBlocksPodsAndSkipsSystemNamespaces() {
    MutatingWebhook hook =
        WebhookConfigurations.desired(
                config, WebhookEndpoint.loopback().clientConfig(config, 40123, "Q0E="))
            .getWebhooks()
            .getFirst();
    assertThat(hook.getFailurePolicy()).isEqualTo("Ignore");
    assertThat(hook.getTimeoutSeconds()).isEqualTo(2);
    assertThat(hook.getSideEffects()).isEqualTo("None");
    assertThat(hook.getAdmissionReviewVersions()).containsExactly("v1");
    assertThat(hook.getReinvocationPolicy()).isEqualTo("Never");
    assertThat(hook.getRules())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getOperations()).containsExactly("CREATE");
              assertThat(r.getResources()).containsExactly("pods");
            });
    var expression = hook.getNamespaceSelector().getMatchExpressions().getFirst();
    assertThat(expression.getKey()).isEqualTo("kubernetes.io/metadata.name");
    assertThat(expression.getOperator()).isEqualTo("NotIn");
    assertThat(expression.getValues()).containsExactly("odigos-system", "kube-system");
    assertThat(hook.getClientConfig().getUrl()).isEqualTo("https://127.0.0.1:40123/mutate-pods");
    assertThat(hook.getClientConfig().getCaBundle()).isEqualTo("Q0E=");
  }

  @Test
  void inClusterTheServiceIsCalled() {
    var client = WebhookEndpoint.inCluster().clientConfig(config, 9443, "Q0E=");
    assertThat(client.getUrl()).isNull();
    assertThat(client.getService().getName()).isEqualTo("odigos-instrumentor");
    assertThat(client.getService().getNamespace()).isEqualTo("odigos-system");
    assertThat(client.getService().getPath()).isEqualTo("/mutate-pods");
    assertThat(client.getService().getPort()).isEqualTo(443);
  }
}
