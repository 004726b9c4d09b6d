package io.odigos.operator.instrumentor.rollout;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigSpec;
import io.odigos.model.v1alpha1.InstrumentationConfigStatus;
import io.odigos.operator.instrumentor.workload.PodOwners;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Small builders for the unit tests. */
final class Fixtures {
  private Fixtures() {}

  static InstrumentationConfig ic(String name, String specHash, String rolledHash) {
    InstrumentationConfig ic = new InstrumentationConfig();
    ic.getMetadata().setName(name);
    ic.getMetadata().setNamespace("shop");
    ic.getMetadata().setGeneration(3L);
    InstrumentationConfigSpec spec = new InstrumentationConfigSpec();
    spec.setAgentInjectionEnabled(true);
    spec.setAgentsMetaHash(specHash);
    ic.setSpec(spec);
    InstrumentationConfigStatus status = new InstrumentationConfigStatus();
    status.setWorkloadRolloutHash(rolledHash);
    ic.setStatus(status);
    return ic;
  }

  static InstrumentationConfig changedAt(InstrumentationConfig ic, Instant when) {
    ic.getSpec().setAgentsMetaHashChangedTime(when.atOffset(ZoneOffset.UTC));
    return ic;
  }

  static Deployment deployment(
      long generation, Long observed, Integer replicas, Integer updated, Integer available) {
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName("checkout")
        .withNamespace("shop")
        .withGeneration(generation)
        .endMetadata()
        .withNewSpec()
        .withReplicas(replicas)
        .endSpec()
        .withNewStatus()
        .withObservedGeneration(observed)
        .withReplicas(updated)
        .withUpdatedReplicas(updated)
        .withAvailableReplicas(available)
        .endStatus()
        .build();
  }

  /** A pod of Deployment checkout (via its ReplicaSet), with the agents annotation. */
  static Pod pod(String name, String hash, String waitingReason) {
    var builder =
        new PodBuilder()
            .withNewMetadata()
            .withName(name)
            .withNamespace("shop")
            .withLabels(Map.of(PodOwners.POD_TEMPLATE_HASH_LABEL, "5d8f7c9b6"))
            .addNewOwnerReference()
            .withApiVersion("apps/v1")
            .withKind("ReplicaSet")
            .withName("checkout-5d8f7c9b6")
            .withUid("rs-uid")
            .withController(true)
            .endOwnerReference()
            .endMetadata();
    if (hash != null) {
      builder
          .editMetadata()
          .addToAnnotations(TemplateAnnotation.AGENTS_META_HASH, hash)
          .endMetadata();
    }
    if (waitingReason != null) {
      builder
          .withNewStatus()
          .addToContainerStatuses(
              new ContainerStatusBuilder()
                  .withName("app")
                  .withRestartCount(4)
                  .withNewState()
                  .withNewWaiting()
                  .withReason(waitingReason)
                  .endWaiting()
                  .endState()
                  .build())
          .endStatus();
    }
    return builder.build();
  }
}
