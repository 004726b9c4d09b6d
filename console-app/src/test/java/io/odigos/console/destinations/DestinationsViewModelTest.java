package io.odigos.console.destinations;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.console.core.Tasks;
import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.model.catalog.DestinationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DestinationsViewModelTest {
  private final DestinationCatalog catalog = DestinationCatalog.defaultCatalog();
  private final RecordingStore store = new RecordingStore();
  private final DestinationsViewModel model =
      new DestinationsViewModel(Tasks.sameThread(), catalog);

  @Test
  void searchFiltersTheCatalogByNameAndId() {
    assertThat(model.catalogTypes()).hasSize(catalog.all().size()).hasSize(21);
    model.searchProperty().set("HONEY");
    assertThat(model.catalogTypes()).extracting(DestinationType::type).containsExactly("honeycomb");
    model.searchProperty().set("grafana loki");
    assertThat(model.catalogTypes())
        .extracting(DestinationType::type)
        .containsExactly("grafanacloudloki");
    model.searchProperty().set("no such thing");
    assertThat(model.catalogTypes()).isEmpty();
  }

  @Test
  void categoriesNarrowTheCatalog() {
    model.categoryProperty().set(DestinationType.SELF_HOSTED);
    assertThat(model.catalogTypes())
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.category()).isEqualTo(DestinationType.SELF_HOSTED))
        .extracting(DestinationType::type)
        .contains("otlphttp", "jaeger")
        .doesNotContain("honeycomb");
    model.searchProperty().set("honeycomb");
    assertThat(model.catalogTypes()).isEmpty();
    model.categoryProperty().set(CatalogFilter.ALL);
    assertThat(model.catalogTypes()).hasSize(1);
  }

  @Test
  void anInvalidFormIsNeverSentToTheCluster() {
    model.useStore(store);
    model.startCreate(catalog.find("honeycomb").orElseThrow());
    model.save();
    assertThat(store.created).isEmpty();
    assertThat(model.formProperty().get().problems()).isNotEmpty();
  }

  @Test
  void aValidFormIsCreatedThenTheListReloadsAndTheFormCloses() {
    model.useStore(store);
    model.startCreate(catalog.find("honeycomb").orElseThrow());
    var form = model.formProperty().get();
    form.displayNameProperty().set("hc");
    form.input("HONEYCOMB_API_KEY").orElseThrow().valueProperty().set("k");
    model.save();
    assertThat(store.created)
        .singleElement()
        .satisfies(d -> assertThat(d.newSecrets()).containsKey("HONEYCOMB_API_KEY"));
    assertThat(model.formProperty().get()).isNull();
    assertThat(store.lists).isEqualTo(2); // on connect and after the save
    assertThat(model.messageProperty().get()).isEqualTo("Created hc");
  }

  @Test
  void aRefusalFromTheClusterStaysOnTheForm() {
    store.refuse = true;
    model.useStore(store);
    model.startCreate(catalog.find("debug").orElseThrow());
    model.formProperty().get().displayNameProperty().set("dbg");
    model.save();
    assertThat(model.formProperty().get().problems())
        .singleElement()
        .asString()
        .contains("already exists");
  }

  @Test
  void aChangeInTheClusterReloadsTheListWithoutAClick() {
    model.useStore(store);
    assertThat(store.lists).isEqualTo(1);
    store.created.add(
        new DestinationDraft(
            "added-elsewhere",
            "Added elsewhere",
            "debug",
            java.util.Map.of(),
            java.util.Map.of(),
            Set.of(),
            Set.of(io.odigos.model.v1alpha1.ObservabilitySignal.TRACES)));
    store.changed.run();
    assertThat(store.lists).isEqualTo(2);
    assertThat(model.destinations())
        .extracting(StoredDestination::name)
        .containsExactly("added-elsewhere");
    model.useStore(null);
    assertThat(store.watchClosed).isTrue();
  }

  /** A hand-written store that records what the view model asks for. */
  static final class RecordingStore implements DestinationStore {
    final List<DestinationDraft> created = new ArrayList<>();
    int lists;
    boolean refuse;
    Runnable changed;
    boolean watchClosed;

    @Override
    public AutoCloseable watch(Runnable onChange) {
      changed = onChange;
      return () -> watchClosed = true;
    }

    @Override
    public List<StoredDestination> list() {
      lists++;
      return created.stream()
          .map(
              d ->
                  new StoredDestination(
                      d.name(),
                      d.displayName(),
                      d.type(),
                      d.data(),
                      List.copyOf(d.signals()),
                      null,
                      Set.of(),
                      ""))
          .toList();
    }

    @Override
    public void create(DestinationDraft draft) {
      if (refuse) {
        throw new IllegalStateException("destinations \"" + draft.name() + "\" already exists");
      }
      created.add(draft);
    }

    @Override
    public void update(DestinationDraft draft) {}

    @Override
    public void delete(StoredDestination destination) {}
  }
}
