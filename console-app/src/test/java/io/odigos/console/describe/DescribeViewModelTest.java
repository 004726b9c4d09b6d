package io.odigos.console.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.console.core.Tasks;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class DescribeViewModelTest {
  private static final WorkloadKey CART = new WorkloadKey("shop", "Deployment", "cart");
  private static final WorkloadKey PAY = new WorkloadKey("shop", "Deployment", "pay");

  private final DescribeViewModel model = new DescribeViewModel(Tasks.sameThread());
  private Consumer<WorkloadStory> listener;
  private int closed;

  private final StorySource source =
      (key, l) -> {
        listener = l;
        return () -> closed++;
      };

  private static WorkloadStory story(WorkloadKey key, String agentStatus) {
    return new WorkloadStory(
        key,
        true,
        List.of(),
        List.of(
            new WorkloadStory.ConditionLine(
                "AgentEnabled", agentStatus, "NoDestination", "no Destination", Instant.EPOCH)),
        List.of(),
        "",
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void eachStoryFromTheWatchReplacesTheShownOne() {
    model.useSource(source);
    model.describe(CART);
    assertThat(model.titleProperty().get()).isEqualTo("Deployment shop/cart");
    listener.accept(story(CART, "True"));
    assertThat(model.statusProperty().get()).isEqualTo("Live");
    assertThat(model.conditions())
        .extracting(WorkloadStory.ConditionLine::status)
        .containsExactly("True");
    listener.accept(story(CART, "False"));
    assertThat(model.conditions())
        .extracting(WorkloadStory.ConditionLine::status)
        .containsExactly("False");
    assertThat(model.summaryProperty().get()).contains("not enabled — no Destination");
  }

  @Test
  void describingAnotherWorkloadStopsTheOldWatchAndIgnoresItsStories() {
    model.useSource(source);
    model.describe(CART);
    Consumer<WorkloadStory> old = listener;
    model.describe(PAY);
    assertThat(closed).isEqualTo(1);
    old.accept(story(CART, "True"));
    assertThat(model.conditions()).isEmpty();
    model.useSource(null);
    assertThat(closed).isEqualTo(2);
    assertThat(model.workloadProperty().get()).isNull();
  }
}
