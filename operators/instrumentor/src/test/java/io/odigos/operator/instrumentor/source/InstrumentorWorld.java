package io.odigos.operator.instrumentor.source;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.CollectorsGroupRole;
import io.odigos.model.v1alpha1.CollectorsGroupSpec;
import io.odigos.model.v1alpha1.CollectorsGroupStatus;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.DestinationSpec;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationRule;
import io.odigos.model.v1alpha1.InstrumentationRuleSpec;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.model.v1alpha1.PodWorkload;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.model.v1alpha1.Source;
import io.odigos.model.v1alpha1.SourceSpec;
import io.odigos.testbed.ApiServer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The cluster around the instrumentor in {@link SourceInstrumentationIT}: workloads and Sources as
 * a user creates them, runtime details as the odiglet writes them, collectors and Destinations as
 * the scheduler and autoscaler leave them, and ways to read the results back.
 */
abstract class InstrumentorWorld {
  protected KubernetesClient client;
  protected String odigos;
  protected String apps;

  // --- the world around the instrumentor ---

  Deployment createDeployment(String name) {
    return client
        .apps()
        .deployments()
        .inNamespace(apps)
        .resource(
            new DeploymentBuilder()
                .withNewMetadata()
                .withName(name)
                .endMetadata()
                .withNewSpec()
                .withNewSelector()
                .addToMatchLabels("app", name)
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .addToLabels("app", name)
                .endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("app")
                .withImage("registry.example/" + name + ":1")
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build())
        .create();
  }

  void createSource(String name, String kind, String target, Consumer<SourceSpec> more) {
    Source source = new Source();
    source.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(apps).build());
    SourceSpec spec = new SourceSpec();
    spec.setWorkload(new PodWorkload(apps, kind, target));
    more.accept(spec);
    source.setSpec(spec);
    sources().resource(source).create();
  }

  /** What the odiglet does once it has inspected a pod. */
  void reportRuntime(String icName, RuntimeDetailsByContainer... details) {
    editStatus(
        icName,
        c -> {
          c.getStatus().setRuntimeDetailsByContainer(List.of(details));
          return c;
        });
  }

  /**
   * Edits the status as another component would: the instrumentor writes the same status, so a
   * write may meet a conflict (409) and is then redone on the fresh object.
   */
  void editStatus(String icName, UnaryOperator<InstrumentationConfig> edit) {
    await()
        .atMost(ApiServer.patience())
        .ignoreExceptionsMatching(
            e -> e instanceof KubernetesClientException k && k.getCode() == 409)
        .until(
            () -> {
              configs().withName(icName).editStatus(edit);
              return true;
            });
  }

  static RuntimeDetailsByContainer details(
      String container, ProgrammingLanguage language, String version) {
    RuntimeDetailsByContainer d = new RuntimeDetailsByContainer();
    d.setContainerName(container);
    d.setLanguage(language);
    d.setRuntimeVersion(version);
    return d;
  }

  /** What the scheduler and the autoscaler do: the node collectors exist and are up. */
  void createReadyNodeCollector() {
    CollectorsGroup group = new CollectorsGroup();
    group.setMetadata(
        new ObjectMetaBuilder().withName("odigos-data-collection").withNamespace(odigos).build());
    CollectorsGroupSpec spec = new CollectorsGroupSpec();
    spec.setRole(CollectorsGroupRole.NODE_COLLECTOR);
    spec.setCollectorOwnMetricsPort(55682);
    CollectorsGroupSpec.ResourcesSettings r = new CollectorsGroupSpec.ResourcesSettings();
    r.setMemoryRequestMiB(150);
    r.setMemoryLimitMiB(300);
    r.setCpuRequestMillicores(150);
    r.setCpuLimitMillicores(300);
    r.setMemoryLimiterLimitMiB(250);
    r.setMemoryLimiterSpikeLimitMiB(50);
    r.setGomemlimitMiB(200);
    spec.setResourcesSettings(r);
    group.setSpec(spec);
    var groups = client.resources(CollectorsGroup.class).inNamespace(odigos);
    groups.resource(group).create();
    groups
        .withName("odigos-data-collection")
        .editStatus(
            g -> {
              CollectorsGroupStatus status = new CollectorsGroupStatus();
              status.setReady(true);
              g.setStatus(status);
              return g;
            });
  }

  void createDestination(String name) {
    Destination d = new Destination();
    d.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(odigos).build());
    DestinationSpec spec = new DestinationSpec();
    spec.setType(name);
    spec.setDestinationName(name);
    spec.setData(Map.of("endpoint", name + ".observability:4317"));
    spec.setSignals(List.of(ObservabilitySignal.TRACES));
    d.setSpec(spec);
    client.resources(Destination.class).inNamespace(odigos).resource(d).create();
  }

  void createRule(String name, Consumer<InstrumentationRuleSpec> settings) {
    InstrumentationRule rule = new InstrumentationRule();
    rule.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(odigos).build());
    InstrumentationRuleSpec spec = new InstrumentationRuleSpec();
    settings.accept(spec);
    rule.setSpec(spec);
    client.resources(InstrumentationRule.class).inNamespace(odigos).resource(rule).create();
  }

  // --- reading back ---

  InstrumentationConfig awaitConfig(String name, Predicate<InstrumentationConfig> test) {
    return await()
        .atMost(ApiServer.patience())
        .until(() -> config(name), c -> c != null && test.test(c));
  }

  InstrumentationConfig config(String name) {
    return configs().withName(name).get();
  }

  static boolean hasCondition(InstrumentationConfig ic, String type, String status) {
    return ic.getStatus() != null
        && ic.getStatus().condition(type).map(c -> status.equals(c.getStatus())).orElse(false);
  }

  static boolean hasReason(InstrumentationConfig ic, String agentEnabledReason) {
    return ic.getStatus() != null
        && ic.getStatus()
            .condition("AgentEnabled")
            .map(c -> agentEnabledReason.equals(c.getReason()))
            .orElse(false);
  }

  static Condition condition(InstrumentationConfig ic, String type) {
    return ic.getStatus().condition(type).orElseThrow();
  }

  Condition awaitSourceCondition(String name, Predicate<Condition> test) {
    return await()
        .atMost(ApiServer.patience())
        .until(() -> sourceConditionOrNull(name), c -> c != null && test.test(c));
  }

  Condition sourceCondition(String name) {
    return awaitSourceCondition(name, c -> true);
  }

  Condition sourceConditionOrNull(String name) {
    Source s = sources().withName(name).get();
    return s == null || s.getStatus() == null
        ? null
        : s.getStatus().condition(InstrumentationPlanner.APPLIED).orElse(null);
  }

  Condition ruleCondition(String name) {
    InstrumentationRule r =
        client.resources(InstrumentationRule.class).inNamespace(odigos).withName(name).get();
    return Optional.ofNullable(r)
        .map(InstrumentationRule::getStatus)
        .flatMap(s -> s.condition("Valid"))
        .orElse(null);
  }

  NonNamespaceOperation<Source, KubernetesResourceList<Source>, Resource<Source>> sources() {
    return client.resources(Source.class).inNamespace(apps);
  }

  NonNamespaceOperation<
          InstrumentationConfig,
          KubernetesResourceList<InstrumentationConfig>,
          Resource<InstrumentationConfig>>
      configs() {
    return client.resources(InstrumentationConfig.class).inNamespace(apps);
  }
}
