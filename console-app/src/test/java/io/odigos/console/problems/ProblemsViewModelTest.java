package io.odigos.console.problems;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.console.core.Tasks;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsViewModelTest {
  private final ProblemsViewModel model = new ProblemsViewModel(Tasks.sameThread());
  private ProblemSource.Sink sink;
  private boolean closed;

  private final ProblemSource source =
      new ProblemSource() {
        @Override
        public AutoCloseable watch(Sink s) {
          sink = s;
          return () -> closed = true;
        }

        @Override
        public String describe(Problem problem) {
          return "kind: " + problem.kind() + "\nname: " + problem.name();
        }
      };

  private static Problem problem(String uid, String name, String type, long seconds) {
    return new Problem(
        uid,
        "InstrumentationConfig",
        "shop",
        name,
        type,
        "Reason" + type,
        "msg " + name,
        Instant.ofEpochSecond(seconds));
  }

  @Test
  void problemsAreNewestFirstAndReplacedPerObject() {
    model.useSource(source);
    assertThat(model.statusProperty().get()).isEqualTo("Live");
    sink.replace("a", List.of(problem("a", "cart", "AgentEnabled", 100)));
    sink.replace(
        "b",
        List.of(
            problem("b", "pay", "RuntimeDetection", 300),
            problem("b", "pay", "AgentEnabled", 200)));
    assertThat(model.problems())
        .extracting(Problem::since)
        .extracting(Instant::getEpochSecond)
        .containsExactly(300L, 200L, 100L);

    sink.replace("b", List.of());
    assertThat(model.problems()).extracting(Problem::name).containsExactly("cart");
  }

  @Test
  void theFilterMatchesAnyColumnAndSelectionShowsTheObject() {
    model.useSource(source);
    sink.replace("a", List.of(problem("a", "cart", "AgentEnabled", 100)));
    sink.replace("b", List.of(problem("b", "pay", "RuntimeDetection", 300)));
    model.searchProperty().set("reasonagent");
    assertThat(model.problems()).extracting(Problem::name).containsExactly("cart");
    model.selectedProperty().set(model.problems().getFirst());
    assertThat(model.detailsProperty().get()).contains("name: cart");
  }

  @Test
  void anotherClusterStopsTheOldWatchAndClearsTheList() {
    model.useSource(source);
    sink.replace("a", List.of(problem("a", "cart", "AgentEnabled", 100)));
    model.useSource(null);
    assertThat(closed).isTrue();
    assertThat(model.problems()).isEmpty();
  }
}
