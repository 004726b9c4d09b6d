package io.odigos.operator.instrumentor.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.odigos.model.v1alpha1.AgentEnabledReason;
import io.odigos.model.v1alpha1.CollectorsGroup;
import io.odigos.model.v1alpha1.CollectorsGroupStatus;
import io.odigos.model.v1alpha1.ContainerAgentConfig;
import io.odigos.model.v1alpha1.Destination;
import io.odigos.model.v1alpha1.DestinationSpec;
import io.odigos.model.v1alpha1.InstrumentationConfig;
import io.odigos.model.v1alpha1.InstrumentationConfigSpec;
import io.odigos.model.v1alpha1.InstrumentationConfigStatus;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.operator.instrumentor.agent.AgentPlanner.Plan;
import io.odigos.operator.instrumentor.workload.WorkloadKind;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentPlannerTest {
  private static final String ODIGOS = "odigos-system";
  private static final WorkloadRef CHECKOUT =
      new WorkloadRef(WorkloadKind.DEPLOYMENT, "shop", "checkout");
  private static final EffectiveSettings SETTINGS = EffectiveSettings.defaults(ODIGOS);
  private static final PipelineState READY = PipelineState.ready();
  private static final Marking MARKED = new Marking(Marking.WORKLOAD_SOURCE, "checkout");

  @Test
  void withoutRuntimeDetailsThereAreNoContainersAndItWaitsForInspection() {
    Plan plan = plan(ic(), SETTINGS, READY);
    assertThat(plan.containers()).isEmpty();
    assertThat(plan.agentsMetaHash()).isNull();
    assertThat(plan.sdkConfigs()).isEmpty();
    assertThat(plan.runtimeDetection().status()).isEqualTo("False");
    assertThat(plan.runtimeDetection().reason()).isEqualTo("WaitingForRuntimeInspection");
    assertThat(plan.agentEnabled().status()).isEqualTo("False");
    assertThat(plan.agentEnabled().reason()).isEqualTo("WaitingForRuntimeInspection");
  }

  @Test
  void theMarkingBecomesTheFirstCondition() {
    Plan plan = plan(ic(), SETTINGS, READY);
    assertThat(plan.conditions())
        .extracting(c -> c.type())
        .containsExactly("MarkedForInstrumentation", "RuntimeDetection", "AgentEnabled");
    assertThat(plan.markedForInstrumentation().message())
        .isEqualTo("marked for instrumentation by workload Source 'checkout'");
  }

  @Test
  void theMarkingIsReadBackFromItsAnnotation() {
    InstrumentationConfig ic = ic();
    assertThat(Marking.of(ic)).isEmpty();
    ic.getMetadata().setAnnotations(Map.of(Marking.ANNOTATION, "NamespaceSource/all"));
    assertThat(Marking.of(ic)).contains(new Marking("NamespaceSource", "all"));
    ic.getMetadata().setAnnotations(Map.of(Marking.ANNOTATION, "Whatever/x"));
    assertThat(Marking.of(ic)).isEmpty();
    assertThat(MARKED.annotationValue()).isEqualTo("WorkloadSource/checkout");
  }

  @Test
  void aSupportedContainerGetsItsDistroAndTheWorkloadAHash() {
    Plan plan = plan(ic(details("app", ProgrammingLanguage.JAVA, "17.0.2")), SETTINGS, READY);
    ContainerAgentConfig app = plan.containers().getFirst();
    assertThat(app.getAgentEnabled()).isTrue();
    assertThat(app.getAgentEnabledReason()).isEqualTo(AgentEnabledReason.ENABLED_SUCCESSFULLY);
    assertThat(app.getOtelDistroName()).isEqualTo("java-community");
    assertThat(app.getTraces()).isNotNull();
    assertThat(app.getMetrics()).isNull();
    assertThat(plan.agentsMetaHash()).hasSize(16);
    assertThat(plan.runtimeDetection().status()).isEqualTo("True");
    assertThat(plan.runtimeDetection().message()).isEqualTo("app: java 17.0.2");
    assertThat(plan.agentEnabled().status()).isEqualTo("True");
    assertThat(plan.agentEnabled().reason()).isEqualTo("EnabledSuccessfully");
    assertThat(plan.agentEnabled().message()).isEqualTo("agent enabled in app (java-community)");
    assertThat(plan.sdkConfigs())
        .singleElement()
        .satisfies(sdk -> assertThat(sdk.getLanguage()).isEqualTo(ProgrammingLanguage.JAVA));
  }

  @Test
  void theHashIsStableAndFollowsOnlyWhatNeedsARestart() {
    String java =
        plan(ic(details("app", ProgrammingLanguage.JAVA, "17")), SETTINGS, READY).agentsMetaHash();
    assertThat(
            plan(ic(details("app", ProgrammingLanguage.JAVA, "21")), SETTINGS, READY)
                .agentsMetaHash())
        .as("same agent, other JVM version")
        .isEqualTo(java);
    assertThat(
            plan(ic(details("app", ProgrammingLanguage.PYTHON, "3.11")), SETTINGS, READY)
                .agentsMetaHash())
        .isNotEqualTo(java);
    PipelineState withMetrics =
        new PipelineState(
            Optional.empty(), List.of(ObservabilitySignal.TRACES, ObservabilitySignal.METRICS));
    assertThat(
            plan(ic(details("app", ProgrammingLanguage.JAVA, "17")), SETTINGS, withMetrics)
                .agentsMetaHash())
        .as("a new signal changes the agent's environment")
        .isNotEqualTo(java);
  }

  @Test
  void thePipelineGatesOnlyContainersThatCouldTakeAnAgent() {
    PipelineState noCollector = PipelineState.of(null, List.of(), ODIGOS);
    Plan plan =
        plan(
            ic(
                details("app", ProgrammingLanguage.JAVA, "17"),
                details("cache", ProgrammingLanguage.REDIS, "7.2")),
            SETTINGS,
            noCollector);
    assertThat(plan.containers())
        .extracting(ContainerAgentConfig::getAgentEnabledReason)
        .containsExactly(
            AgentEnabledReason.WAITING_FOR_NODE_COLLECTOR,
            AgentEnabledReason.UNSUPPORTED_PROGRAMMING_LANGUAGE);
    assertThat(plan.agentsMetaHash()).isNull();
    assertThat(plan.agentEnabled().reason())
        .as("what the instrumentable container waits for matters most")
        .isEqualTo("WaitingForNodeCollector");
    assertThat(plan.agentEnabled().message()).startsWith("container 'app': the node collector");
  }

  @Test
  void theNodeCollectorMustBeReadyAndADestinationEnabled() {
    CollectorsGroup node = new CollectorsGroup();
    node.setMetadata(new ObjectMetaBuilder().withName(PipelineState.NODE_COLLECTORS_GROUP).build());
    assertThat(PipelineState.of(node, List.of(), ODIGOS).blocked())
        .hasValueSatisfying(
            b -> {
              assertThat(b.reason()).isEqualTo(AgentEnabledReason.WAITING_FOR_NODE_COLLECTOR);
              assertThat(b.message()).contains("is not ready yet");
            });
    CollectorsGroupStatus status = new CollectorsGroupStatus();
    status.setReady(true);
    node.setStatus(status);
    assertThat(PipelineState.of(node, List.of(destination(true)), ODIGOS).blocked())
        .hasValueSatisfying(
            b -> assertThat(b.reason()).isEqualTo(AgentEnabledReason.NO_DESTINATION));
    PipelineState ready =
        PipelineState.of(node, List.of(destination(true), destination(false)), ODIGOS);
    assertThat(ready.blocked()).isEmpty();
    assertThat(ready.signals()).containsExactly(ObservabilitySignal.TRACES);
    status.setReceiverSignals(List.of(ObservabilitySignal.LOGS, ObservabilitySignal.TRACES));
    assertThat(PipelineState.of(node, List.of(destination(false)), ODIGOS).signals())
        .containsExactly(ObservabilitySignal.LOGS, ObservabilitySignal.TRACES);
  }

  @Test
  void aRollbackDisablesEveryContainerWithTheBackoffReason() {
    InstrumentationConfig ic =
        ic(
            details("app", ProgrammingLanguage.JAVA, "17"),
            details("istio-proxy", ProgrammingLanguage.UNKNOWN, null));
    ic.getStatus().setRollbackOccurred(true);
    Plan plan = plan(ic, SETTINGS, READY);
    assertThat(plan.containers())
        .allSatisfy(
            c -> {
              assertThat(c.getAgentEnabled()).isFalse();
              assertThat(c.getAgentEnabledReason())
                  .isEqualTo(AgentEnabledReason.CRASH_LOOP_BACK_OFF);
            });
    assertThat(plan.agentsMetaHash()).as("no agent at all").isNull();
    assertThat(plan.agentEnabled().reason()).isEqualTo("CrashLoopBackOff");

    ic.getStatus()
        .setConditions(
            List.of(
                new ConditionBuilder()
                    .withType("WorkloadRollout")
                    .withStatus("False")
                    .withReason("ImagePullBackOff")
                    .build()));
    assertThat(plan(ic, SETTINGS, READY).agentEnabled().reason()).isEqualTo("ImagePullBackOff");
  }

  @Test
  void ignoredContainersAndOtherAgentsAreRespected() {
    InstrumentationConfig ic =
        ic(
            details("istio-proxy", ProgrammingLanguage.GO, "1.22"),
            withAgent(details("app", ProgrammingLanguage.JAVA, "17"), "Datadog"));
    Plan plan = plan(ic, SETTINGS, READY);
    assertThat(plan.containers())
        .extracting(ContainerAgentConfig::getAgentEnabledReason)
        .containsExactly(
            AgentEnabledReason.IGNORED_CONTAINER, AgentEnabledReason.OTHER_AGENT_DETECTED);
    assertThat(plan.agentEnabled().reason()).isEqualTo("OtherAgentDetected");
    assertThat(plan.agentEnabled().message()).contains("Datadog");

    EffectiveSettings concurrent = new EffectiveSettings(Set.of(), Set.of("istio-proxy"), true);
    Plan allowed = plan(ic, concurrent, READY);
    assertThat(allowed.containers().get(1).getAgentEnabled()).isTrue();
    assertThat(allowed.containers().get(1).getAgentEnabledMessage()).contains("Datadog");
  }

  @Test
  void anOldRuntimeExplainsItself() {
    Plan plan = plan(ic(details("app", ProgrammingLanguage.PYTHON, "2.7.18")), SETTINGS, READY);
    assertThat(plan.agentEnabled().reason()).isEqualTo("UnsupportedRuntimeVersion");
    assertThat(plan.agentEnabled().message())
        .isEqualTo("Python 2.7.18 is too old: python-community needs Python 3.8 or newer");
  }

  @Test
  void aSourceOverrideReplacesWhatWasDetected() {
    InstrumentationConfig ic = ic(details("app", ProgrammingLanguage.UNKNOWN, null));
    RuntimeDetailsByContainer forced = new RuntimeDetailsByContainer();
    forced.setLanguage(ProgrammingLanguage.JAVASCRIPT);
    forced.setRuntimeVersion("20.1.0");
    ic.getSpec()
        .setContainersOverrides(
            List.of(new InstrumentationConfigSpec.ContainerOverride("app", forced, null)));
    Plan plan = plan(ic, SETTINGS, READY);
    assertThat(plan.containers().getFirst().getOtelDistroName()).isEqualTo("nodejs-community");
    assertThat(forced.getContainerName()).as("the cached override is not modified").isNull();
  }

  private static Plan plan(InstrumentationConfig ic, EffectiveSettings s, PipelineState p) {
    return AgentPlanner.plan(ic, CHECKOUT, MARKED, s, p, List.of());
  }

  static InstrumentationConfig ic(RuntimeDetailsByContainer... details) {
    InstrumentationConfig ic = new InstrumentationConfig();
    ic.setMetadata(
        new ObjectMetaBuilder().withName("deployment-checkout").withNamespace("shop").build());
    InstrumentationConfigSpec spec = new InstrumentationConfigSpec();
    spec.setAgentInjectionEnabled(true);
    ic.setSpec(spec);
    InstrumentationConfigStatus status = new InstrumentationConfigStatus();
    status.setRuntimeDetailsByContainer(details.length == 0 ? null : Arrays.asList(details));
    ic.setStatus(status);
    return ic;
  }

  static RuntimeDetailsByContainer details(
      String container, ProgrammingLanguage language, String version) {
    RuntimeDetailsByContainer d = new RuntimeDetailsByContainer();
    d.setContainerName(container);
    d.setLanguage(language);
    d.setRuntimeVersion(version);
    return d;
  }

  private static RuntimeDetailsByContainer withAgent(RuntimeDetailsByContainer d, String agent) {
    d.setOtherAgent(new RuntimeDetailsByContainer.OtherAgent(agent));
    return d;
  }

  private static Destination destination(boolean disabled) {
    Destination d = new Destination();
    d.setMetadata(new ObjectMetaBuilder().withName("d" + disabled).withNamespace(ODIGOS).build());
    DestinationSpec spec = new DestinationSpec();
    spec.setDisabled(disabled);
    d.setSpec(spec);
    return d;
  }
}
