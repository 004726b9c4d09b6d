package io.odigos.operator.instrumentor.webhook;

import io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhookConfigurationBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.WebhookClientConfig;
import io.odigos.operator.instrumentor.InstrumentorConfig;
import java.util.List;

/**
 * The desired pod webhook configuration; pure. It must never stand in the way of a pod: failures
 * are ignored, the timeout is short, and Odigos' own namespace and kube-system are left out.
 */
final class WebhookConfigurations {
  static final String NAME = "odigos-pod-webhook";
  static final String WEBHOOK_NAME = "pods.instrumentation.odigos.io";
  static final int TIMEOUT_SECONDS = 2;
  static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

  private WebhookConfigurations() {}

  static MutatingWebhookConfiguration desired(
      InstrumentorConfig config, WebhookClientConfig clientConfig) {
    return new MutatingWebhookConfigurationBuilder()
        .withNewMetadata()
        .withName(NAME)
        .addToLabels("odigos.io/system-object", "true")
        .addToLabels("app.kubernetes.io/managed-by", "odigos-instrumentor")
        .endMetadata()
        .addNewWebhook()
        .withName(WEBHOOK_NAME)
        .withClientConfig(clientConfig)
        .addNewRule()
        .withApiGroups("")
        .withApiVersions("v1")
        .withOperations("CREATE")
        .withResources("pods")
        .withScope("Namespaced")
        .endRule()
        .withNewNamespaceSelector()
        .addNewMatchExpression()
        .withKey(NAMESPACE_NAME_LABEL)
        .withOperator("NotIn")
        .withValues(List.of(config.odigosNamespace(), "kube-system"))
        .endMatchExpression()
        .endNamespaceSelector()
        .withFailurePolicy("Ignore")
        .withTimeoutSeconds(TIMEOUT_SECONDS)
        .withSideEffects("None")
        .withAdmissionReviewVersions("v1")
        .withReinvocationPolicy("Never")
        .withMatchPolicy("Equivalent")
        .endWebhook()
        .build();
  }
}
