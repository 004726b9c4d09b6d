package io.odigos.operator.instrumentor.inject;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.odigos.model.v1alpha1.ContainerAgentConfig;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.operator.instrumentor.inject.Conflict.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adds the agents an InstrumentationConfig enables to a pod, as the pod webhook does at creation.
 * Pure: the input pod is not changed, nothing is read from outside, and injecting an injected pod
 * again changes nothing.
 */
public final class PodInjector {
  /** The virtual device whose allocation mounts {@code /var/odigos} into the container. */
  public static final String DEVICE = "instrumentation.odigos.io/generic";

  public static final String AGENTS_META_HASH_ANNOTATION = "odigos.io/agents-meta-hash";

  /** Sidecars and init helpers of meshes and secret managers: never given an agent. */
  public static final List<String> DEFAULT_IGNORED_CONTAINERS =
      List.of(
          "istio-proxy",
          "istio-init",
          "istio-validation",
          "linkerd-proxy",
          "linkerd-init",
          "vault-agent",
          "vault-agent-init",
          "envoy",
          "envoy-sidecar",
          "cloud-sql-proxy",
          "aws-appmesh-envoy",
          "kuma-sidecar",
          "kuma-init");

  private final Set<String> ignoredContainers;

  public PodInjector(Collection<String> ignoredContainers) {
    this.ignoredContainers = Set.copyOf(ignoredContainers);
  }

  public static PodInjector withDefaultIgnoredContainers() {
    return new PodInjector(DEFAULT_IGNORED_CONTAINERS);
  }

  /**
   * The pod with agents added to each container the config enables.
   *
   * @param pod as in an admission request: may have no name or namespace yet
   * @param ic the workload's config; its namespace is the pod's
   * @param runtimeDetails what inspection found per container (usually {@code ic.status})
   */
  public InjectionResult inject(
      Pod pod, InstrumentationConfig ic, List<RuntimeDetailsByContainer> runtimeDetails) {
    Pod out = new PodBuilder(pod).build();
    List<Conflict> conflicts = new ArrayList<>();
    List<String> injected = new ArrayList<>();
    if (ic.getSpec() == null || !Boolean.TRUE.equals(ic.getSpec().getAgentInjectionEnabled())) {
      return new InjectionResult(out, injected, conflicts);
    }
    PodContext context = PodContext.of(pod, ic);
    List<Container> containers =
        out.getSpec() == null || out.getSpec().getContainers() == null
            ? List.of()
            : out.getSpec().getContainers();
    for (Container c : containers) {
      Optional<ContainerAgentConfig> agent = enabledAgent(ic, c.getName());
      if (agent.isEmpty() || ignoredContainers.contains(c.getName())) {
        continue;
      }
      Optional<Distro> distro = Distro.of(agent.get().getOtelDistroName());
      if (distro.isEmpty()) {
        conflicts.add(
            new Conflict(
                c.getName(),
                Kind.UNKNOWN_DISTRO,
                null,
                "unknown distro '" + agent.get().getOtelDistroName() + "'; nothing injected"));
        continue;
      }
      ContainerInjector.inject(
          c,
          distro.get(),
          agent.get().getOtelDistroName(),
          agent.get().getDistroParams(),
          details(runtimeDetails, c.getName()),
          context,
          conflicts);
      injected.add(c.getName());
    }
    String hash = ic.getSpec().getAgentsMetaHash();
    if (!injected.isEmpty() && hash != null && !hash.isEmpty()) {
      if (out.getMetadata() == null) {
        out.setMetadata(new ObjectMeta());
      }
      Map<String, String> annotations = new LinkedHashMap<>();
      if (out.getMetadata().getAnnotations() != null) {
        annotations.putAll(out.getMetadata().getAnnotations());
      }
      annotations.put(AGENTS_META_HASH_ANNOTATION, hash);
      out.getMetadata().setAnnotations(annotations);
    }
    return new InjectionResult(out, injected, conflicts);
  }

  private static Optional<ContainerAgentConfig> enabledAgent(
      InstrumentationConfig ic, String name) {
    List<ContainerAgentConfig> configs = ic.getSpec().getContainers();
    return configs == null
        ? Optional.empty()
        : configs.stream()
            .filter(a -> name.equals(a.getContainerName()))
            .filter(a -> Boolean.TRUE.equals(a.getAgentEnabled()))
            .findFirst();
  }

  private static RuntimeDetailsByContainer details(
      List<RuntimeDetailsByContainer> all, String name) {
    return all == null
        ? null
        : all.stream().filter(d -> name.equals(d.getContainerName())).findFirst().orElse(null);
  }
}
