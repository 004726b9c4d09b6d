package io.odigos.operator.instrumentor.rollout;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.operator.instrumentor.workload.WorkloadKind;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reverts, once at start, the workloads that still carry our template annotation although their
 * InstrumentationConfig is gone: it was deleted while the instrumentor was not running, so the
 * rollout reconciler never saw the delete event.
 */
final class OrphanSweep {
  private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);

  private OrphanSweep() {}

  /** The annotated workloads without an InstrumentationConfig. Pure. */
  static List<WorkloadRef> orphans(
      Collection<WorkloadRef> annotated, Collection<InstrumentationConfig> configs) {
    Set<String> known =
        configs.stream()
            .map(ic -> ic.getMetadata().getNamespace() + "/" + ic.getMetadata().getName())
            .collect(Collectors.toSet());
    return annotated.stream()
        .filter(w -> !known.contains(w.namespace() + "/" + w.instrumentationConfigName()))
        .toList();
  }

  /** Lists, compares and reverts; a failure is logged and leaves the rest to the next start. */
  static void run(KubernetesClient client) {
    try {
      List<WorkloadRef> annotated =
          Arrays.stream(WorkloadKind.values())
              .flatMap(
                  kind ->
                      client
                          .resources(TemplateAnnotation.workloadClass(kind))
                          .inAnyNamespace()
                          .list()
                          .getItems()
                          .stream()
                          .filter(w -> TemplateAnnotation.on(w).isPresent())
                          .map(w -> ref(kind, w)))
              .toList();
      if (annotated.isEmpty()) {
        return;
      }
      var configs =
          client.resources(InstrumentationConfig.class).inAnyNamespace().list().getItems();
      for (WorkloadRef orphan : orphans(annotated, configs)) {
        WorkloadPatcher.patch(client, orphan, "");
        log.info(
            "{} in {} reverted to its own pod template (its InstrumentationConfig is gone)",
            RolloutConditions.display(orphan),
            orphan.namespace());
      }
    } catch (KubernetesClientException e) {
      log.warn("could not look for workloads left with agents: {}", e.getMessage());
    }
  }

  private static WorkloadRef ref(WorkloadKind kind, HasMetadata w) {
    return new WorkloadRef(kind, w.getMetadata().getNamespace(), w.getMetadata().getName());
  }
}
