package io.odigos.operator.instrumentor.webhook;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionRequest;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponse;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.operator.instrumentor.inject.InjectionResult;
import io.odigos.operator.instrumentor.inject.PodInjector;
import io.odigos.operator.instrumentor.workload.PodOwners;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers one pod admission request: finds the pod's workload and its InstrumentationConfig in the
 * cache and returns the injection as a JSON Patch; every other pod is allowed as it is.
 */
final class PodMutator {
  private final ConfigLookup configs;
  private final PodInjector injector;
  private final KubernetesSerialization json;

  PodMutator(ConfigLookup configs, PodInjector injector, KubernetesSerialization json) {
    this.configs = configs;
    this.injector = injector;
    this.json = json;
  }

  /** The response to a request; throws on a malformed request (the caller then allows). */
  AdmissionResponse mutate(AdmissionRequest request) {
    AdmissionResponse response = allow(request.getUid());
    if (!"CREATE".equals(request.getOperation()) || request.getObject() == null) {
      return response;
    }
    Pod pod = json.convertValue(request.getObject(), Pod.class);
    String namespace =
        request.getNamespace() != null ? request.getNamespace() : pod.getMetadata().getNamespace();
    Optional<WorkloadRef> workload = PodOwners.workloadOf(pod.getMetadata(), namespace);
    Optional<InstrumentationConfig> ic =
        workload.flatMap(w -> configs.find(w.namespace(), w.instrumentationConfigName()));
    if (ic.isEmpty() || pod.getSpec() == null || pod.getSpec().getContainers() == null) {
      return response;
    }
    InstrumentationConfig config = ic.get();
    InjectionResult result =
        injector.inject(
            pod,
            config,
            config.getStatus() == null ? null : config.getStatus().getRuntimeDetailsByContainer());
    List<Map<String, Object>> patch = PodPatch.between(pod, result.pod());
    if (!patch.isEmpty()) {
      response.setPatchType("JSONPatch");
      response.setPatch(
          Base64.getEncoder().encodeToString(json.asJson(patch).getBytes(StandardCharsets.UTF_8)));
    }
    return response;
  }

  static AdmissionResponse allow(String uid) {
    AdmissionResponse response = new AdmissionResponse();
    response.setUid(uid);
    response.setAllowed(true);
    return response;
  }
}
