package io.odigos.console.support;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;
import java.util.Map;

/** Nodes carrying the odiglet's {@code OdigosEbpfReady} condition, written as the odiglet does. */
public final class EbpfNodes {
  private EbpfNodes() {}

  public static void create(KubernetesClient client, String name) {
    client
        .nodes()
        .resource(new NodeBuilder().withNewMetadata().withName(name).endMetadata().build())
        .create();
  }

  /** A strategic merge patch of that one condition on nodes/status. */
  public static void setCondition(
      KubernetesClient client, String node, String status, String reason, String message) {
    String patch =
        Serialization.asJson(
            Map.of(
                "status",
                Map.of(
                    "conditions",
                    List.of(
                        Map.of(
                            "type", "OdigosEbpfReady",
                            "status", status,
                            "reason", reason,
                            "message", message)))));
    client
        .nodes()
        .withName(node)
        .subresource("status")
        .patch(PatchContext.of(PatchType.STRATEGIC_MERGE), patch);
  }
}
