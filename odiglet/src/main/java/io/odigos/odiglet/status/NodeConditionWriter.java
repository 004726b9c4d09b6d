package io.odigos.odiglet.status;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes one condition onto a Node's status with a strategic merge patch of {@code nodes/status}:
 * the API server merges the {@code conditions} list by {@code type}, so the kubelet's conditions
 * (Ready, MemoryPressure...) and anyone else's stay as they are. One request, no read first.
 */
public final class NodeConditionWriter {
  private static final PatchContext STRATEGIC = PatchContext.of(PatchType.STRATEGIC_MERGE);

  private final KubernetesClient client;

  public NodeConditionWriter(KubernetesClient client) {
    this.client = client;
  }

  /**
   * @param transitioned whether the condition's status changed (sets {@code lastTransitionTime})
   * @throws io.fabric8.kubernetes.client.KubernetesClientException as the API server answers (404
   *     when the node does not exist, 403 without {@code patch nodes/status})
   */
  public void write(String node, EbpfNodeCondition condition, boolean transitioned, Instant now) {
    client
        .nodes()
        .resource(bare(node))
        .subresource("status")
        .patch(STRATEGIC, patch(condition, transitioned, now));
  }

  static String patch(EbpfNodeCondition condition, boolean transitioned, Instant now) {
    String time = now.truncatedTo(ChronoUnit.SECONDS).toString();
    ObjectNode patch = JsonNodeFactory.instance.objectNode();
    ObjectNode c = patch.putObject("status").putArray("conditions").addObject();
    c.put("type", condition.type());
    c.put("status", condition.status());
    c.put("reason", condition.reason());
    c.put("message", condition.message());
    c.put("lastHeartbeatTime", time);
    if (transitioned) {
      c.put("lastTransitionTime", time);
    }
    return patch.toString();
  }

  private static Node bare(String name) {
    Node n = new Node();
    ObjectMeta m = new ObjectMeta();
    m.setName(name);
    n.setMetadata(m);
    return n;
  }
}
