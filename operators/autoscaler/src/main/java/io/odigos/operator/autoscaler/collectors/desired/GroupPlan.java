package io.odigos.operator.autoscaler.collectors.desired;

import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.List;
import java.util.Set;

/**
 * Everything the desired objects of one CollectorsGroup are built from, computed once per
 * reconciliation: the rendered config and its hash, the hash of the destination Secrets' data, the
 * Secrets to expose as environment variables, and the sizing.
 *
 * @param secretEnv per destination Secret: its name and the env-var prefix its keys get
 */
public record GroupPlan(
    CollectorsGroup group,
    String image,
    CollectorResources resources,
    String configYaml,
    String configHash,
    String secretsHash,
    List<SecretEnv> secretEnv,
    Set<ObservabilitySignal> receiverSignals) {

  /** A Secret whose keys reach the collector as {@code <prefix><KEY>} environment variables. */
  public record SecretEnv(String secretName, String prefix) {}

  public GroupPlan {
    secretEnv = List.copyOf(secretEnv);
    receiverSignals = Set.copyOf(receiverSignals);
  }
}
