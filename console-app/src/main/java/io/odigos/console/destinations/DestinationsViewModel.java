package io.odigos.console.destinations;

import io.odigos.console.core.ErrorText;
import io.odigos.console.core.Tasks;
import io.odigos.console.destinations.connection.ConnectionPlan;
import io.odigos.console.destinations.connection.ConnectionTargets;
import io.odigos.console.destinations.connection.ConnectionTester;
import io.odigos.console.forms.ChangePreview;
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

  private final ObjectProperty<PendingChange> pending = new SimpleObjectProperty<>();

  private DestinationStore store;
  private DestinationPreviewer previewer;
  private ConnectionTester tester;
  private AutoCloseable watch;

  /** What saving or deleting would do, waiting for the user to confirm its gateway config diff. */
  public record PendingChange(
      Kind kind, DestinationDraft draft, StoredDestination deleted, ChangePreview preview) {
    /** The three writes a Destination can get. */
    public enum Kind {
      CREATE,
      UPDATE,
      DELETE
    }

    /** The destination's name for the user. */
    public String displayName() {
      return kind == Kind.DELETE ? deleted.displayName() : draft.displayName();
    }
  }

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

  /** A new cluster (or none), written without a config preview. */
  public void useStore(DestinationStore next) {
    use(next, null, tester);
  }

  /**
   * A new cluster (or none): forget the old list and load the new one.
   *
   * @param nextPreviewer renders the gateway config diff before each write; {@code null}: write at
   *     once
   * @param nextTester runs connection tests; {@code null}: none
   */
  public void use(
      DestinationStore next, DestinationPreviewer nextPreviewer, ConnectionTester nextTester) {
    stopWatch();
    store = next;
    previewer = next == null ? null : nextPreviewer;
    tester = nextTester;
    pending.set(null);
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
    pending.set(null);
    form.set(type == null ? null : DestinationFormViewModel.create(type));
  }

  public void startEdit(StoredDestination d) {
    pending.set(null);
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
    pending.set(null);
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
    DestinationPreviewer p = previewer;
    if (p != null) {
      f.validate().ifPresent(draft -> preview(f, draft, p));
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

  private void preview(DestinationFormViewModel f, DestinationDraft draft, DestinationPreviewer p) {
    saving.set(true);
    tasks.run(
        "Rendering the gateway config",
        () -> p.saving(draft),
        preview -> {
          saving.set(false);
          if (form.get() != f) {
            return;
          }
          if (preview.rejected()) {
            f.problems().setAll(preview.rejections());
          } else {
            pending.set(
                new PendingChange(
                    f.editing() ? PendingChange.Kind.UPDATE : PendingChange.Kind.CREATE,
                    draft,
                    null,
                    preview));
          }
        },
        e -> {
          saving.set(false);
          f.problems().setAll("Cannot render the gateway config: " + ErrorText.of(e));
        });
  }

  /** The user read the diff: write the pending change. */
  public void confirm() {
    PendingChange change = pending.get();
    DestinationStore s = store;
    if (change == null || s == null) {
      return;
    }
    pending.set(null);
    if (change.kind() == PendingChange.Kind.DELETE) {
      deleteNow(change.deleted(), s);
      return;
    }
    DestinationFormViewModel f = form.get();
    boolean editing = change.kind() == PendingChange.Kind.UPDATE;
    DestinationDraft draft = change.draft();
    saving.set(true);
    tasks.run(
        (editing ? "Saving " : "Creating ") + draft.displayName(),
        () -> {
          if (editing) {
            s.update(draft);
          } else {
            s.create(draft);
          }
          return null;
        },
        ok -> {
          saving.set(false);
          message.set((editing ? "Saved " : "Created ") + draft.displayName());
          if (f != null && form.get() == f) {
            form.set(null);
          }
          reload();
        },
        e -> {
          saving.set(false);
          String refusal = "The cluster refused it: " + ErrorText.of(e);
          if (f != null && form.get() == f) {
            f.problems().setAll(List.of(refusal));
          } else {
            message.set(refusal);
          }
        });
  }

  /** Back without writing anything. */
  public void cancelPreview() {
    pending.set(null);
  }

  /** Tests the open form's connection in the background; the form shows the result. */
  public void testConnection() {
    DestinationFormViewModel f = form.get();
    if (f == null) {
      return;
    }
    ConnectionTester t = tester;
    if (!f.testable() || t == null) {
      f.connectionStateProperty().set(DestinationFormViewModel.ConnectionState.FAILED);
      f.connectionMessageProperty().set(ConnectionTargets.NO_TEST + ".");
      return;
    }
    switch (f.connectionPlan()) {
      case ConnectionPlan.NotTestable n -> {
        f.connectionStateProperty().set(DestinationFormViewModel.ConnectionState.FAILED);
        f.connectionMessageProperty().set(n.reason());
      }
      case ConnectionPlan.Ready r -> {
        f.connectionStateProperty().set(DestinationFormViewModel.ConnectionState.TESTING);
        f.connectionMessageProperty().set("Testing: " + r.target().describe() + "…");
        tasks.run(
            "Testing the connection to " + r.target().host(),
            () -> t.test(r.target()),
            result -> {
              f.connectionStateProperty()
                  .set(
                      result.ok()
                          ? DestinationFormViewModel.ConnectionState.OK
                          : DestinationFormViewModel.ConnectionState.FAILED);
              f.connectionMessageProperty().set(result.message());
            },
            e -> {
              f.connectionStateProperty().set(DestinationFormViewModel.ConnectionState.FAILED);
              f.connectionMessageProperty()
                  .set("The test failed: " + r.target().redact(ErrorText.of(e)));
            });
      }
    }
  }

  /** Deletes after the config preview when there is a previewer, else at once. */
  public void delete(StoredDestination d) {
    DestinationStore s = store;
    if (d == null || s == null) {
      return;
    }
    DestinationPreviewer p = previewer;
    if (p == null) {
      deleteNow(d, s);
      return;
    }
    saving.set(true);
    tasks.run(
        "Rendering the gateway config",
        () -> p.deleting(d),
        preview -> {
          saving.set(false);
          pending.set(new PendingChange(PendingChange.Kind.DELETE, null, d, preview));
        },
        e -> {
          saving.set(false);
          message.set("Cannot render the gateway config: " + ErrorText.of(e));
        });
  }

  private void deleteNow(StoredDestination d, DestinationStore s) {
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

  public ObjectProperty<PendingChange> pendingProperty() {
    return pending;
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
