package io.odigos.operator.instrumentor.inject;

import io.fabric8.kubernetes.api.model.Pod;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import java.util.Objects;
import java.util.Optional;

/**
 * What every injected container of a pod shares: namespace, service name and workload.
 *
 * @param workload the workload the InstrumentationConfig is for; empty if its name is not ours
 */
record PodContext(String namespace, String serviceName, Optional<WorkloadRef> workload) {
  /** The node collector, reached through the node's IP (the data-collection DaemonSet). */
  static final String OTLP_ENDPOINT = "http://$(" + ContainerInjector.NODE_IP_VAR + "):4318";

  /** The Kubernetes resource attributes of one container, after any the user set. */
  String resourceAttributes(String container) {
    StringBuilder s =
        new StringBuilder()
            .append("k8s.namespace.name=")
            .append(namespace)
            .append(",k8s.pod.name=$(")
            .append(ContainerInjector.POD_NAME_VAR)
            .append("),k8s.container.name=")
            .append(container);
    workload.ifPresent(
        w -> s.append(",k8s.").append(w.kind().lowerCase()).append(".name=").append(w.name()));
    return s.toString();
  }

  /** The context of a pod of the config's workload; the config's namespace is the pod's. */
  static PodContext of(Pod pod, InstrumentationConfig ic) {
    String namespace = ic.getMetadata().getNamespace();
    if (namespace == null && pod.getMetadata() != null) {
      namespace = pod.getMetadata().getNamespace();
    }
    String ns = namespace == null ? "$(" + ContainerInjector.NAMESPACE_VAR + ")" : namespace;
    Optional<WorkloadRef> workload =
        ic.getMetadata().getName() == null
            ? Optional.empty()
            : WorkloadRef.fromInstrumentationConfig(ns, ic.getMetadata().getName());
    String service = ic.getSpec().getServiceName();
    if (service == null || service.isBlank()) {
      service =
          workload
              .map(WorkloadRef::name)
              .orElse(Objects.requireNonNullElse(ic.getMetadata().getName(), "unknown_service"));
    }
    return new PodContext(ns, service, workload);
  }
}
