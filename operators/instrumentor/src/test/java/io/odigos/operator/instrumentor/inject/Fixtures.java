package io.odigos.operator.instrumentor.inject;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.odigos.model.v1alpha1.ContainerAgentConfig;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigSpec;
import io.odigos.model.v1alpha1.InstrumentationConfigStatus;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pods and InstrumentationConfigs as the webhook sees them. */
final class Fixtures {
  static final String NS = "shop";

  private Fixtures() {}

  /** An IC for Deployment {@code checkout} enabling the given containers: name → distro. */
  static InstrumentationConfig ic(String... containerAndDistro) {
    InstrumentationConfig ic = new InstrumentationConfig();
    ic.setMetadata(
        new ObjectMetaBuilder().withName("deployment-checkout").withNamespace(NS).build());
    InstrumentationConfigSpec spec = new InstrumentationConfigSpec();
    spec.setAgentInjectionEnabled(true);
    spec.setAgentsMetaHash("h1");
    List<ContainerAgentConfig> containers = new ArrayList<>();
    for (int i = 0; i < containerAndDistro.length; i += 2) {
      ContainerAgentConfig c = new ContainerAgentConfig();
      c.setContainerName(containerAndDistro[i]);
      c.setAgentEnabled(true);
      c.setOtelDistroName(containerAndDistro[i + 1]);
      containers.add(c);
    }
    spec.setContainers(containers);
    ic.setSpec(spec);
    ic.setStatus(new InstrumentationConfigStatus());
    return ic;
  }

  static RuntimeDetailsByContainer details(
      String container, ProgrammingLanguage language, Map<String, String> imageEnv) {
    RuntimeDetailsByContainer d = new RuntimeDetailsByContainer();
    d.setContainerName(container);
    d.setLanguage(language);
    d.setEnvFromContainerRuntime(
        imageEnv.entrySet().stream()
            .map(e -> new RuntimeDetailsByContainer.EnvVar(e.getKey(), e.getValue()))
            .toList());
    return d;
  }

  static Container container(String name, EnvVar... env) {
    return new ContainerBuilder()
        .withName(name)
        .withImage("img")
        .withEnv(Arrays.asList(env))
        .build();
  }

  /** A pod of a Deployment's ReplicaSet, as in a CREATE request: no name yet. */
  static Pod pod(Container... containers) {
    return new PodBuilder()
        .withNewMetadata()
        .withGenerateName("checkout-5d9f8c7b6-")
        .addToLabels("pod-template-hash", "5d9f8c7b6")
        .addNewOwnerReference()
        .withApiVersion("apps/v1")
        .withKind("ReplicaSet")
        .withName("checkout-5d9f8c7b6")
        .withUid("u1")
        .withController(true)
        .endOwnerReference()
        .endMetadata()
        .withNewSpec()
        .withContainers(containers)
        .endSpec()
        .build();
  }

  static Optional<EnvVar> env(Pod pod, String container, String name) {
    return pod.getSpec().getContainers().stream()
        .filter(c -> c.getName().equals(container))
        .flatMap(c -> c.getEnv() == null ? java.util.stream.Stream.empty() : c.getEnv().stream())
        .filter(e -> e.getName().equals(name))
        .findFirst();
  }

  static String value(Pod pod, String container, String name) {
    return env(pod, container, name).map(EnvVar::getValue).orElse(null);
  }

  static EnvVar var(String name, String value) {
    return new EnvVar(name, value, null);
  }
}
