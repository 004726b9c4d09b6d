package io.odigos.console.destinations;

import io.odigos.console.core.ErrorText;
import io.odigos.console.core.Tasks;
import io.odigos.model.catalog.DestinationCatalog;
import io.odigos.model.catalog.DestinationType;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Destinations view's state: the catalog with search and category, the destinations of the
 * connected cluster, and the open form. Saving and deleting run on the background executor; the
 * list reloads afterwards.
 */
public final class DestinationsViewModel {
  private final Tasks tasks;
  private final DestinationCatalog catalog;

  private final StringProperty search = new SimpleStringProperty("");
  private final StringProperty category = new SimpleStringProperty(CatalogFilter.ALL);
  private final FilteredList<DestinationType> catalogTypes;
  private final ObservableList<StoredDestination> destinations =
      FXCollections.observableArrayList();
  private final ObjectProperty<DestinationFormViewModel> form = new SimpleObjectProperty<>();
  private final BooleanProperty connected = new SimpleBooleanProperty();
  private final BooleanProperty saving = new SimpleBooleanProperty();
  private final StringProperty message = new SimpleStringProperty("");

  private DestinationStore store;
  private AutoCloseable watch;

  public DestinationsViewModel(Tasks tasks, DestinationCatalog catalog) {
    this.tasks = tasks;
    this.catalog = catalog;
    this.catalogTypes = new FilteredList<>(FXCollections.observableArrayList(catalog.all()));
    search.addListener((o, a, b) -> refilter());
    category.addListener((o, a, b) -> refilter());
  }

  private void refilter() {
    String s = search.get();
    String c = category.get();
    catalogTypes.setPredicate(t -> CatalogFilter.matches(t, s, c));
  }

  /** A new cluster (or none): forget the old list and load the new one. */
  public void useStore(DestinationStore next) {
    stopWatch();
    store = next;
    destinations.clear();
    form.set(null);
    connected.set(next != null);
    message.set(next == null ? "Connect to a cluster to manage its destinations." : "");
    if (next != null) {
      reload();
      // live: every change of a Destination (a new condition from the autoscaler too) reloads
      tasks.run(
          "Watching destinations",
          () -> next.watch(() -> tasks.onUi(() -> reloadIfCurrent(next))),
          w -> {
            if (store == next) {
              watch = w;
            } else {
              closeQuietly(w);
            }
          },
          e -> message.set("Destinations are not live: " + ErrorText.of(e)));
    }
  }

  private void reloadIfCurrent(DestinationStore from) {
    if (from == store) {
      reload();
    }
  }

  private void stopWatch() {
    if (watch != null) {
      closeQuietly(watch);
      watch = null;
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // a watch that cannot close cleanly is gone anyway
    }
  }

  public void reload() {
    DestinationStore s = store;
    if (s == null) {
      return;
    }
    tasks.run(
        "Loading destinations",
        s::list,
        list -> {
          if (s == store) {
            destinations.setAll(list);
          }
        },
        e -> message.set("Cannot list destinations: " + ErrorText.of(e)));
  }

  public void startCreate(DestinationType type) {
    form.set(type == null ? null : DestinationFormViewModel.create(type));
  }

  public void startEdit(StoredDestination d) {
    if (d == null) {
      return;
    }
    catalog
        .find(d.type())
        .ifPresentOrElse(
            t -> form.set(DestinationFormViewModel.edit(t, d)),
            () ->
                message.set("Type \"" + d.type() + "\" of " + d.name() + " is not in the catalog"));
  }

  public void closeForm() {
    form.set(null);
  }

  /** Validates the open form and, when it is clean, creates or updates in the background. */
  public void save() {
    DestinationFormViewModel f = form.get();
    DestinationStore s = store;
    if (f == null) {
      return;
    }
    if (s == null) {
      f.problems().setAll("Not connected to a cluster");
      return;
    }
    f.validate()
        .ifPresent(
            draft -> {
              saving.set(true);
              Function<DestinationDraft, Void> write =
                  d -> {
                    if (f.editing()) {
                      s.update(d);
                    } else {
                      s.create(d);
                    }
                    return null;
                  };
              tasks.run(
                  (f.editing() ? "Saving " : "Creating ") + draft.displayName(),
                  () -> write.apply(draft),
                  ok -> {
                    saving.set(false);
                    message.set((f.editing() ? "Saved " : "Created ") + draft.displayName());
                    if (form.get() == f) {
                      form.set(null);
                    }
                    reload();
                  },
                  e -> {
                    saving.set(false);
                    f.problems().setAll(List.of("The cluster refused it: " + ErrorText.of(e)));
                  });
            });
  }

  public void delete(StoredDestination d) {
    DestinationStore s = store;
    if (d == null || s == null) {
      return;
    }
    tasks.run(
        "Deleting " + d.displayName(),
        () -> {
          s.delete(d);
          return null;
        },
        ok -> {
          message.set("Deleted " + d.displayName());
          if (form.get() != null
              && form.get().editing()
              && d.name().equals(form.get().objectName())) {
            form.set(null);
          }
          reload();
        },
        e -> message.set("Cannot delete " + d.displayName() + ": " + ErrorText.of(e)));
  }

  public StringProperty searchProperty() {
    return search;
  }

  /** {@link CatalogFilter#ALL}, {@code managed} or {@code self-hosted}. */
  public StringProperty categoryProperty() {
    return category;
  }

  public ObservableList<DestinationType> catalogTypes() {
    return catalogTypes;
  }

  public ObservableList<StoredDestination> destinations() {
    return destinations;
  }

  public ObjectProperty<DestinationFormViewModel> formProperty() {
    return form;
  }

  public BooleanProperty connectedProperty() {
    return connected;
  }

  public BooleanProperty savingProperty() {
    return saving;
  }

  public StringProperty messageProperty() {
    return message;
  }
}
