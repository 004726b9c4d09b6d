package io.odigos.operator.instrumentor.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.odigos.model.v1alpha1.PodWorkload;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.model.v1alpha1.Source;
import io.odigos.model.v1alpha1.SourceSpec;
import io.odigos.operator.instrumentor.agent.Marking;
import io.odigos.operator.instrumentor.source.InstrumentationPlanner.Plan;
import io.odigos.operator.instrumentor.workload.WorkloadKind;
import io.odigos.operator.instrumentor.workload.WorkloadRef;
import io.odigos.operator.support.Conditions.Desired;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class InstrumentationPlannerTest {
  private static final String NS = "shop";
  private static final WorkloadObject CHECKOUT = workload(WorkloadKind.DEPLOYMENT, "checkout");
  private static final WorkloadObject CART = workload(WorkloadKind.STATEFUL_SET, "cart");
  private static final WorkloadObject REPORT = workload(WorkloadKind.CRON_JOB, "report");

  @Test
  void aWorkloadSourceInstrumentsItsWorkloadOnly() {
    Plan plan =
        plan(List.of(source("checkout-src", "Deployment", "checkout", s -> {})), CHECKOUT, CART);
    assertThat(plan.configs()).containsOnlyKeys("deployment-checkout");
    var config = plan.configs().get("deployment-checkout");
    assertThat(config.workload()).isEqualTo(CHECKOUT);
    assertThat(config.serviceName()).isEqualTo("checkout");
    assertThat(config.marking()).isEqualTo(new Marking("WorkloadSource", "checkout-src"));
    assertThat(config.marking().condition())
        .isEqualTo(
            Desired.isTrue(
                "MarkedForInstrumentation",
                "WorkloadSource",
                "marked for instrumentation by workload Source 'checkout-src'"));
    assertThat(plan.sourceConditions().get("checkout-src"))
        .isEqualTo(
            Desired.isTrue(
                "Applied",
                "WorkloadSource",
                "Deployment 'checkout' is instrumented through InstrumentationConfig"
                    + " 'deployment-checkout'"));
  }

  @Test
  void aNamespaceSourceCoversEveryWorkloadExceptTheOptedOut() {
    Plan plan =
        plan(
            List.of(
                source("all", "Namespace", NS, s -> {}),
                source("no-cart", "StatefulSet", "cart", s -> s.setDisableInstrumentation(true))),
            CHECKOUT,
            CART,
            REPORT);
    assertThat(plan.configs()).containsOnlyKeys("cronjob-report", "deployment-checkout");
    assertThat(plan.configs().get("cronjob-report").marking())
        .isEqualTo(new Marking("NamespaceSource", "all"));
    assertThat(plan.sourceConditions().get("all").reason()).isEqualTo("NamespaceSource");
    assertThat(plan.sourceConditions().get("no-cart"))
        .isEqualTo(
            Desired.isTrue(
                "Applied",
                "WorkloadOptedOut",
                "StatefulSet 'cart' is not instrumented, even if its namespace is"));
  }

  @Test
  void anOptOutWinsOverAnEnablingSourceForTheSameWorkload() {
    Plan plan =
        plan(
            List.of(
                source("on", "Deployment", "checkout", s -> {}),
                source("off", "Deployment", "checkout", s -> s.setDisableInstrumentation(true))),
            CHECKOUT);
    assertThat(plan.configs()).isEmpty();
    assertThat(plan.sourceConditions().get("on").reason()).isEqualTo("DisabledByAnotherSource");
    assertThat(plan.sourceConditions().get("on").message())
        .isEqualTo("Source 'off' opts Deployment 'checkout' out");
  }

  @Test
  void badSourcesSayWhyAndDisturbNothingElse() {
    Plan plan =
        plan(
            List.of(
                source("ghost", "Deployment", "ghost", s -> {}),
                source("pod", "Pod", "checkout", s -> {}),
                source(
                    "elsewhere",
                    "Deployment",
                    "checkout",
                    s -> s.getWorkload().setNamespace("other")),
                source("checkout", "Deployment", "checkout", s -> {})),
            CHECKOUT);
    assertThat(plan.configs()).containsOnlyKeys("deployment-checkout");
    assertThat(plan.sourceConditions().get("ghost"))
        .isEqualTo(
            Desired.isFalse(
                "Applied",
                "WorkloadNotFound",
                "Deployment 'ghost' does not exist in namespace 'shop'; the Source applies as soon"
                    + " as it is created"));
    assertThat(plan.sourceConditions().get("pod"))
        .isEqualTo(
            Desired.isFalse(
                "Applied",
                "UnsupportedWorkloadKind",
                "kind 'Pod' cannot be instrumented; name a Deployment, StatefulSet, DaemonSet or"
                    + " CronJob, or use kind Namespace for a whole namespace"));
    assertThat(plan.sourceConditions().get("elsewhere").reason()).isEqualTo("NamespaceMismatch");
  }

  @Test
  void anIgnoredNamespaceGetsNothing() {
    Plan plan =
        InstrumentationPlanner.plan(
            NS, List.of(source("all", "Namespace", NS, s -> {})), List.of(CHECKOUT), true);
    assertThat(plan.configs()).isEmpty();
    assertThat(plan.sourceConditions().get("all").reason()).isEqualTo("IgnoredNamespace");
  }

  @Test
  void deletedSourcesCountAsGone() {
    Source leaving = source("all", "Namespace", NS, s -> {});
    leaving.getMetadata().setDeletionTimestamp("2026-11-21T10:00:00Z");
    Plan plan = plan(List.of(leaving), CHECKOUT);
    assertThat(plan.configs()).isEmpty();
    assertThat(plan.sourceConditions()).isEmpty();
  }

  @Test
  void serviceNameAndOverridesComeFromTheWorkloadSource() {
    RuntimeDetailsByContainer node = new RuntimeDetailsByContainer();
    node.setLanguage(ProgrammingLanguage.JAVASCRIPT);
    SourceSpec.ContainerOverride override = new SourceSpec.ContainerOverride();
    override.setContainerName("web");
    override.setRuntimeInfo(node);
    Plan plan =
        plan(
            List.of(
                source(
                    "checkout",
                    "Deployment",
                    "checkout",
                    s -> {
                      s.setOtelServiceName("checkout-api");
                      s.setContainerOverrides(List.of(override));
                    })),
            CHECKOUT);
    var config = plan.configs().get("deployment-checkout");
    assertThat(config.serviceName()).isEqualTo("checkout-api");
    assertThat(config.containersOverrides())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.containerName()).isEqualTo("web");
              assertThat(o.runtimeInfo()).isSameAs(node);
            });
  }

  @Test
  void regexSourcesMatchSeveralWorkloadsButAnExactSourceWins() {
    WorkloadObject checkoutV2 = workload(WorkloadKind.DEPLOYMENT, "checkout-v2");
    Plan plan =
        plan(
            List.of(
                source("all-checkouts", "Deployment", "checkout.*", s -> s.setUseRegex(true)),
                source(
                    "not-v2", "Deployment", "checkout-v2", s -> s.setDisableInstrumentation(true)),
                source("broken", "Deployment", "(", s -> s.setUseRegex(true))),
            CHECKOUT,
            checkoutV2);
    assertThat(plan.configs()).containsOnlyKeys("deployment-checkout");
    assertThat(plan.sourceConditions().get("all-checkouts").message())
        .startsWith("2 Deployments match 'checkout.*'");
    assertThat(plan.sourceConditions().get("broken").reason()).isEqualTo("InvalidWorkloadName");
  }

  private static Plan plan(List<Source> sources, WorkloadObject... workloads) {
    return InstrumentationPlanner.plan(NS, sources, List.of(workloads), false);
  }

  private static WorkloadObject workload(WorkloadKind kind, String name) {
    return new WorkloadObject(new WorkloadRef(kind, NS, name), "uid-" + name);
  }

  static Source source(String name, String kind, String target, Consumer<SourceSpec> more) {
    Source s = new Source();
    s.setMetadata(
        new ObjectMetaBuilder().withName(name).withNamespace(NS).withGeneration(1L).build());
    SourceSpec spec = new SourceSpec();
    spec.setWorkload(new PodWorkload(NS, kind, target));
    more.accept(spec);
    s.setSpec(spec);
    return s;
  }
}
