package io.odigos.console.destinations;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.console.core.Tasks;
import io.odigos.console.destinations.connection.ConnectionResult;
import io.odigos.console.destinations.connection.ConnectionTarget;
import io.odigos.console.forms.GatewayPreviews;
import io.odigos.console.forms.PipelineSnapshot;
import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.model.catalog.DestinationType;
import io.odigos.model.render.GatewayConfigRenderer;
import io.odigos.model.render.RenderableDestination;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /** The real preview (shared-model's renderer) over a fixed snapshot with one Destination. */
  private final StoredDestination existing =
      new StoredDestination(
          "hc",
          "hc",
          "honeycomb",
          Map.of("HONEYCOMB_METRICS_DATASET", "old-metrics"),
          List.of(ObservabilitySignal.TRACES, ObservabilitySignal.METRICS),
          "hc",
          Set.of("HONEYCOMB_API_KEY"),
          "");

  private DestinationPreviewer previewer() {
    DestinationDraft was =
        new DestinationDraft(
            "hc",
            "hc",
            "honeycomb",
            existing.data(),
            Map.of(),
            Set.of("HONEYCOMB_API_KEY"),
            Set.copyOf(existing.signals()));
    var snapshot =
        new PipelineSnapshot(
            List.of(
                new RenderableDestination(
                    DestinationObjects.destination(was, "odigos-system"),
                    Set.of("HONEYCOMB_API_KEY"))),
            List.of(),
            List.of(),
            List.of());
    return new KubeDestinationPreviewer(
        () -> snapshot, new GatewayPreviews(new GatewayConfigRenderer()), "odigos-system");
  }

  @Test
  void creatingShowsTheGatewayDiffAndWritesOnlyWhenConfirmed() {
    model.use(store, previewer(), null);
    model.startCreate(catalog.find("honeycomb").orElseThrow());
    var form = model.formProperty().get();
    form.displayNameProperty().set("HC two");
    form.input("HONEYCOMB_API_KEY").orElseThrow().valueProperty().set("typed-secret-42");
    model.save();

    var pending = model.pendingProperty().get();
    assertThat(pending).isNotNull();
    assertThat(pending.kind()).isEqualTo(DestinationsViewModel.PendingChange.Kind.CREATE);
    String diff = pending.preview().preview().diff();
    assertThat(added(diff))
        .anyMatch(l -> l.endsWith(" otlp_grpc/hc-two:"))
        .anyMatch(l -> l.contains("${env:ODIGOS_DEST_HC_TWO_HONEYCOMB_API_KEY}"));
    assertThat(diff).doesNotContain("typed-secret-42");
    assertThat(removed(diff)).isEmpty(); // the other destination stays as it is
    assertThat(store.created).isEmpty();

    model.confirm();
    assertThat(store.created)
        .singleElement()
        .extracting(DestinationDraft::name)
        .isEqualTo("hc-two");
    assertThat(model.pendingProperty().get()).isNull();
    assertThat(model.formProperty().get()).isNull();
  }

  @Test
  void cancellingTheDiffOfAnEditWritesNothingAndKeepsTheForm() {
    model.use(store, previewer(), null);
    model.startEdit(existing);
    var form = model.formProperty().get();
    form.input("HONEYCOMB_METRICS_DATASET").orElseThrow().valueProperty().set("new-metrics");
    model.save();

    var pending = model.pendingProperty().get();
    assertThat(pending.kind()).isEqualTo(DestinationsViewModel.PendingChange.Kind.UPDATE);
    String diff = pending.preview().preview().diff();
    assertThat(removed(diff)).anyMatch(l -> l.endsWith("x-honeycomb-dataset: old-metrics"));
    assertThat(added(diff)).anyMatch(l -> l.endsWith("x-honeycomb-dataset: new-metrics"));
    model.cancelPreview();
    assertThat(model.pendingProperty().get()).isNull();
    assertThat(model.formProperty().get()).isSameAs(form);
    assertThat(store.updated).isEmpty();

    model.save();
    model.confirm();
    assertThat(store.updated)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.data()).containsEntry("HONEYCOMB_METRICS_DATASET", "new-metrics");
              assertThat(d.newSecrets()).isEmpty();
              assertThat(d.storedSecretKeys()).containsExactly("HONEYCOMB_API_KEY");
            });
  }

  @Test
  void deletingShowsWhatLeavesTheGatewayThenDeletesOnConfirm() {
    model.use(store, previewer(), null);
    model.delete(existing);
    var pending = model.pendingProperty().get();
    assertThat(pending.kind()).isEqualTo(DestinationsViewModel.PendingChange.Kind.DELETE);
    assertThat(removed(pending.preview().preview().diff()))
        .anyMatch(l -> l.endsWith(" otlp_grpc/hc:"));
    // with no destination left the renderer keeps the pipelines alive with a debug exporter
    assertThat(added(pending.preview().preview().diff()))
        .anyMatch(l -> l.contains("debug/no-destination"));
    assertThat(store.deleted).isEmpty();
    model.cancelPreview();
    assertThat(store.deleted).isEmpty();

    model.delete(existing);
    model.confirm();
    assertThat(store.deleted).containsExactly(existing);
    assertThat(model.messageProperty().get()).isEqualTo("Deleted hc");
  }

  @Test
  void aConnectionTestRunsOnTheFormsTargetAndShowsTheResult() {
    List<ConnectionTarget> asked = new ArrayList<>();
    model.use(
        store,
        null,
        t -> {
          asked.add(t);
          return new ConnectionResult(false, "The API key was refused (HTTP 401)", Duration.ZERO);
        });
    model.startCreate(catalog.find("otlphttp").orElseThrow());
    var form = model.formProperty().get();
    assertThat(form.testable()).isTrue();
    form.input("OTLP_HTTP_ENDPOINT").orElseThrow().valueProperty().set("http://127.0.0.1:4318");

    model.testConnection();

    assertThat(asked)
        .singleElement()
        .extracting(ConnectionTarget::address)
        .isEqualTo("http://127.0.0.1:4318/v1/traces");
    assertThat(form.connectionStateProperty().get())
        .isEqualTo(DestinationFormViewModel.ConnectionState.FAILED);
    assertThat(form.connectionMessageProperty().get())
        .isEqualTo("The API key was refused (HTTP 401)");
  }

  @Test
  void aTypeWithoutTestSaysSoAndAnIncompleteFormIsNotSent() {
    List<ConnectionTarget> asked = new ArrayList<>();
    model.use(
        store,
        null,
        t -> {
          asked.add(t);
          return new ConnectionResult(true, "ok", Duration.ZERO);
        });
    model.startCreate(catalog.find("kafka").orElseThrow());
    assertThat(model.formProperty().get().testable()).isFalse();
    assertThat(model.formProperty().get().connectionMessageProperty().get())
        .isEqualTo("No connection test for this type.");
    model.testConnection();

    model.startCreate(catalog.find("otlp").orElseThrow());
    model.testConnection();
    assertThat(model.formProperty().get().connectionMessageProperty().get())
        .startsWith("Fill the form first");
    assertThat(asked).isEmpty();
  }

  private static List<String> added(String diff) {
    return diff.lines().filter(l -> l.startsWith("+")).toList();
  }

  private static List<String> removed(String diff) {
    return diff.lines().filter(l -> l.startsWith("-")).toList();
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

    final List<DestinationDraft> updated = new ArrayList<>();
    final List<StoredDestination> deleted = new ArrayList<>();

    @Override
    public void update(DestinationDraft draft) {
      updated.add(draft);
    }

    @Override
    public void delete(StoredDestination destination) {
      deleted.add(destination);
    }
  }
}
