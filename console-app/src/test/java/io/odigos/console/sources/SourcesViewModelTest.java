package io.odigos.console.sources;

import static io.odigos.console.sources.Objects.ic;
import static io.odigos.console.sources.Objects.namespaceSource;
import static io.odigos.console.sources.Objects.workloadSource;
import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.console.core.Tasks;
import io.odigos.console.describe.WorkloadKey;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.Source;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SourcesViewModelTest {
  private static final WorkloadKey CART = new WorkloadKey("shop", "Deployment", "cart");
  private static final WorkloadKey PAY = new WorkloadKey("shop", "StatefulSet", "pay");
  private static final WorkloadKey LOGS = new WorkloadKey("infra", "DaemonSet", "logs");

  private final SourcesViewModel model = new SourcesViewModel(Tasks.sameThread());
  private final FakeSourceStore store = new FakeSourceStore();

  @BeforeEach
  void watch() {
    model.useStore(store);
    store.sink.namespace("shop", true);
    store.sink.namespace("infra", true);
    store.sink.namespace("empty", true);
    store.sink.workload(CART, true);
    store.sink.workload(PAY, true);
    store.sink.workload(LOGS, true);
  }

  private List<String> shown() {
    return model.rows().stream()
        .map(
            r ->
                switch (r) {
                  case NamespaceRow n -> "ns " + n.namespace();
                  case WorkloadRow w -> w.key().kind() + " " + w.key().name();
                })
        .toList();
  }

  private WorkloadRow row(WorkloadKey key) {
    return model.rows().stream()
        .filter(WorkloadRow.class::isInstance)
        .map(WorkloadRow.class::cast)
        .filter(w -> w.key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void workloadsAreGroupedUnderTheirNamespacesInOrder() {
    assertThat(model.statusProperty().get()).isEqualTo("Live");
    assertThat(shown())
        .containsExactly(
            "ns empty",
            "ns infra",
            "DaemonSet logs",
            "ns shop",
            "Deployment cart",
            "StatefulSet pay");
    assertThat(model.workloadCountProperty().get()).isEqualTo(3);
    store.sink.workload(PAY, false);
    assertThat(shown()).doesNotContain("StatefulSet pay");
    assertThat(model.workloadCountProperty().get()).isEqualTo(2);
  }

  @Test
  void theFilterMatchesEveryWordAndKeepsTheHeadersOfMatches() {
    model.filterProperty().set("shop  PAY");
    assertThat(shown()).containsExactly("ns shop", "StatefulSet pay");
    model.filterProperty().set("daemonset");
    assertThat(shown()).containsExactly("ns infra", "DaemonSet logs");
    model.filterProperty().set("empty");
    assertThat(shown()).containsExactly("ns empty");
    model.filterProperty().set("nothing-like-this");
    assertThat(shown()).isEmpty();
    model.filterProperty().set("");
    assertThat(shown()).hasSize(6);
  }

  @Test
  void languageRuntimeAgentStateAndTheReasonInWords() {
    assertThat(row(CART).state()).isEqualTo(AgentState.NOT_INSTRUMENTED);
    assertThat(row(CART).reason()).isEqualTo("no Source selects it");

    store.sink.source(namespaceSource("shop", false), true);
    assertThat(row(CART).state()).isEqualTo(AgentState.PENDING);
    assertThat(row(CART).sourceText()).isEqualTo("namespace Source namespace-shop");

    store.sink.instrumentationConfig(
        ic(CART, "False", "WaitingForNodeCollector", "", "JAVA", "21.0.4", "PYTHON", "3.12"), true);
    assertThat(row(CART).language()).isEqualTo("java, python");
    assertThat(row(CART).runtimeVersion()).isEqualTo("21.0.4, 3.12");
    assertThat(row(CART).state()).isEqualTo(AgentState.PENDING);
    assertThat(row(CART).reason()).isEqualTo("waiting for node collector");

    store.sink.instrumentationConfig(
        ic(CART, "False", "UnsupportedRuntimeVersion", "java 7 is older than 8", "JAVA", "7"),
        true);
    assertThat(row(CART).state()).isEqualTo(AgentState.FAILED);
    assertThat(row(CART).reason()).isEqualTo("java 7 is older than 8");

    store.sink.instrumentationConfig(
        ic(CART, "True", "EnabledSuccessfully", "", "JAVA", "21"), true);
    assertThat(row(CART).state()).isEqualTo(AgentState.INSTRUMENTED);
    assertThat(row(CART).reason()).isEmpty();
    assertThat(model.rows().getFirst()).isInstanceOf(NamespaceRow.class);
    NamespaceRow shop =
        (NamespaceRow)
            model.rows().stream()
                .filter(r -> r.namespace().equals("shop"))
                .findFirst()
                .orElseThrow();
    assertThat(shop.instrumented()).isEqualTo(1);
    assertThat(shop.sourceText()).isEqualTo("instrumented by namespace Source namespace-shop");

    store.sink.source(workloadSource(CART, true), true);
    assertThat(row(CART).state()).isEqualTo(AgentState.OPTED_OUT);
    assertThat(row(CART).reason()).isEqualTo("opted out by Source deployment-cart");
    assertThat(row(PAY).state()).isEqualTo(AgentState.PENDING);
  }

  @Test
  void instrumentingANamespaceShowsTheDryRunAndCreatesTheNamespaceSourceOnConfirm() {
    model.select(List.of(NamespaceRow.of("shop", 2, 0, "")));
    model.instrumentNamespaces();

    DryRunProposal p = model.proposalProperty().get();
    assertThat(p).isNotNull();
    assertThat(store.applied).as("nothing before the user agrees").isEmpty();
    assertThat(store.previewed).containsExactly(List.of(CART, PAY));
    assertThat(p.text()).contains("create Source shop/namespace-shop for Namespace shop");
    assertThat(p.text()).contains("preview of cart");

    model.confirm();
    assertThat(model.proposalProperty().get()).isNull();
    assertThat(store.applied)
        .singleElement()
        .satisfies(
            c -> {
              Source s = ((SourceChange.Create) c).source();
              assertThat(s.getMetadata().getNamespace()).isEqualTo("shop");
              assertThat(s.getMetadata().getName()).isEqualTo("namespace-shop");
              assertThat(s.getSpec().getWorkload().getKind()).isEqualTo("Namespace");
              assertThat(s.getSpec().getWorkload().getName()).isEqualTo("shop");
              assertThat(s.getSpec().disablesInstrumentation()).isFalse();
            });
  }

  @Test
  void cancellingTheDryRunWritesNothingAndAnAssumedLanguagePreviewsAgain() {
    model.select(List.of(row(CART)));
    model.instrumentSelected();
    model.assumedLanguageProperty().set(ProgrammingLanguage.JAVA);
    assertThat(store.previewed).hasSize(2);
    assertThat(store.lastAssumed).isEqualTo(ProgrammingLanguage.JAVA);
    assertThat(model.proposalProperty().get()).isNotNull();
    model.cancel();
    assertThat(store.applied).isEmpty();
  }

  @Test
  void instrumentOneWorkloadAndOptAnotherOut() {
    model.select(List.of(row(CART)));
    model.instrumentSelected();
    model.confirm();
    model.select(List.of(row(PAY)));
    model.optOutSelected();

    assertThat(store.applied).hasSize(2);
    Source cart = ((SourceChange.Create) store.applied.get(0)).source();
    assertThat(cart.getMetadata().getName()).isEqualTo("deployment-cart");
    assertThat(cart.getSpec().getWorkload())
        .isEqualTo(new io.odigos.model.v1alpha1.PodWorkload("shop", "Deployment", "cart"));
    assertThat(cart.getSpec().getDisableInstrumentation()).isNull();
    Source pay = ((SourceChange.Create) store.applied.get(1)).source();
    assertThat(pay.getMetadata().getName()).isEqualTo("statefulset-pay");
    assertThat(pay.getSpec().disablesInstrumentation()).isTrue();
  }

  @Test
  void existingSourcesAreFlippedOrDeletedRatherThanDuplicated() {
    store.sink.source(workloadSource(CART, false), true);
    store.sink.source(namespaceSource("shop", false), true);
    model.select(List.of(row(CART)));
    model.optOutSelected();
    assertThat(store.applied)
        .containsExactly(new SourceChange.SetDisabled("shop", "deployment-cart", true));

    store.applied.clear();
    model.select(List.of(row(CART)));
    model.removeSelected();
    assertThat(store.applied).containsExactly(new SourceChange.Delete("shop", "deployment-cart"));
    assertThat(model.statusProperty().get()).contains("stays instrumented by its namespace Source");

    store.applied.clear();
    model.select(List.of(NamespaceRow.of("shop", 2, 0, "")));
    model.removeSelected();
    assertThat(store.applied).containsExactly(new SourceChange.Delete("shop", "namespace-shop"));
  }

  @Test
  void aNamespaceAlreadyInstrumentedNeedsNoWriteAndAnOptedOutOneIsReEnabled() {
    store.sink.source(namespaceSource("shop", false), true);
    model.select(List.of(NamespaceRow.of("shop", 2, 0, "")));
    model.instrumentNamespaces();
    assertThat(model.proposalProperty().get()).isNull();
    assertThat(model.statusProperty().get()).isEqualTo("namespace shop is already instrumented");

    store.sink.source(namespaceSource("shop", true), true);
    model.instrumentNamespaces();
    assertThat(model.proposalProperty().get().plan().changes())
        .containsExactly(new SourceChange.SetDisabled("shop", "namespace-shop", false));
  }

  @Test
  void selectionSurvivesLiveUpdatesAndAnotherClusterStartsOver() {
    model.select(List.of(row(PAY)));
    store.sink.instrumentationConfig(ic(PAY, "True", "EnabledSuccessfully", ""), true);
    assertThat(model.rows().stream().filter(model::isSelected).toList())
        .singleElement()
        .satisfies(r -> assertThat(((WorkloadRow) r).key()).isEqualTo(PAY));

    FakeSourceStore old = store;
    model.useStore(null);
    assertThat(old.closed).isTrue();
    assertThat(model.rows()).isEmpty();
    assertThat(model.workloadCountProperty().get()).isZero();
    old.sink.workload(new WorkloadKey("late", "Deployment", "x"), true);
    assertThat(model.rows()).as("events of the old watch are dropped").isEmpty();
  }
}
