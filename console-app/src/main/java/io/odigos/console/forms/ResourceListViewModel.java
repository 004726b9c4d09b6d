package io.odigos.console.forms;

import io.odigos.console.core.ErrorText;
import io.odigos.console.core.Tasks;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live list of one kind of custom resource with its open form: create, edit, delete. Saving
 * validates the form; when a previewer is set it then renders the gateway config with the change
 * and either shows the renderer's rejection in the form (nothing is written) or waits for the user
 * to confirm the config diff ({@link #pendingProperty()}).
 *
 * @param <T> the custom resource
 * @param <F> its form
 */
public final class ResourceListViewModel<T, F extends ResourceForm<T>> {
  private static final Logger log = LoggerFactory.getLogger(ResourceListViewModel.class);

  /** How forms are opened: empty for a new object, filled from an existing one. */
  public interface Forms<T, F> {
    F create();

    F edit(T existing);

    /** The forms of a kind from its two factories. */
    static <T, F> Forms<T, F> of(java.util.function.Supplier<F> create, Function<T, F> edit) {
      return new Forms<>() {
        @Override
        public F create() {
          return create.get();
        }

        @Override
        public F edit(T existing) {
          return edit.apply(existing);
        }
      };
    }
  }

  /** A validated change waiting for the user to confirm its gateway config diff. */
  public record Pending<T>(T resource, boolean editing, ChangePreview preview) {}

  private final Tasks tasks;
  private final String kindName;
  private final Forms<T, F> forms;
  private final Function<T, ItemRow<T>> describe;
  private final Function<T, String> nameOf;
  private final ObservableList<ItemRow<T>> items = FXCollections.observableArrayList();
  private final ObjectProperty<F> form = new SimpleObjectProperty<>();
  private final ObjectProperty<Pending<T>> pending = new SimpleObjectProperty<>();
  private final BooleanProperty connected = new SimpleBooleanProperty();
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty message = new SimpleStringProperty("");

  private CrStore<T> store;
  private ChangePreviewer<T> previewer;
  private AutoCloseable watch;

  public ResourceListViewModel(
      Tasks tasks,
      String kindName,
      Forms<T, F> forms,
      Function<T, ItemRow<T>> describe,
      Function<T, String> nameOf) {
    this.tasks = tasks;
    this.kindName = kindName;
    this.forms = forms;
    this.describe = describe;
    this.nameOf = nameOf;
  }

  /** A new cluster (or none): stop the old watch, start watching the new store. */
  public void use(CrStore<T> next, ChangePreviewer<T> nextPreviewer) {
    stopWatch();
    store = next;
    previewer = nextPreviewer;
    items.clear();
    form.set(null);
    pending.set(null);
    connected.set(next != null);
    if (next == null) {
      message.set("Connect to a cluster with Odigos to manage its " + kindName + "s.");
      return;
    }
    message.set("Loading…");
    tasks.run(
        "Watching " + kindName + "s",
        () -> Watches.start(() -> next.watch(list -> tasks.onUi(() -> replace(next, list)))),
        w -> {
          if (store == next) {
            watch = w;
            message.set("");
          } else {
            close(w);
          }
        },
        e -> message.set("Cannot list " + kindName + "s: " + ErrorText.of(e)));
  }

  private void replace(CrStore<T> from, List<T> list) {
    if (from == store) {
      items.setAll(list.stream().map(describe).toList());
    }
  }

  public void startCreate() {
    if (store != null) {
      pending.set(null);
      form.set(forms.create());
    }
  }

  public void startEdit(ItemRow<T> item) {
    if (item != null && store != null) {
      pending.set(null);
      form.set(forms.edit(item.resource()));
    }
  }

  public void closeForm() {
    form.set(null);
    pending.set(null);
  }

  /** Validates; then previews (when a previewer is set) or writes. */
  public void save() {
    F f = form.get();
    CrStore<T> s = store;
    if (f == null || s == null) {
      return;
    }
    Optional<T> valid = f.validate();
    if (valid.isEmpty()) {
      return;
    }
    T resource = valid.get();
    ChangePreviewer<T> p = previewer;
    if (p == null) {
      write(f, s, resource, f.editing());
      return;
    }
    busy.set(true);
    tasks.run(
        "Rendering the gateway config",
        () -> p.preview(resource),
        preview -> {
          busy.set(false);
          if (form.get() != f) {
            return;
          }
          if (preview.rejected()) {
            f.problems().setAll(preview.rejections());
          } else {
            pending.set(new Pending<>(resource, f.editing(), preview));
          }
        },
        e -> {
          busy.set(false);
          f.problems().setAll("Cannot render the gateway config: " + ErrorText.of(e));
        });
  }

  /** The user read the diff and applies the change. */
  public void confirm() {
    Pending<T> p = pending.get();
    F f = form.get();
    if (p == null || f == null || store == null) {
      return;
    }
    pending.set(null);
    write(f, store, p.resource(), p.editing());
  }

  /** Back to the form without writing. */
  public void cancelPreview() {
    pending.set(null);
  }

  private void write(F f, CrStore<T> s, T resource, boolean editing) {
    String name = nameOf.apply(resource);
    busy.set(true);
    tasks.run(
        (editing ? "Saving " : "Creating ") + kindName + " " + name,
        () -> {
          if (editing) {
            s.update(resource);
          } else {
            s.create(resource);
          }
          return null;
        },
        ok -> {
          busy.set(false);
          message.set((editing ? "Saved " : "Created ") + kindName + " " + name);
          if (form.get() == f) {
            form.set(null);
          }
        },
        e -> {
          busy.set(false);
          f.problems().setAll("The cluster refused it: " + ErrorText.of(e));
        });
  }

  public void delete(ItemRow<T> item) {
    CrStore<T> s = store;
    if (item == null || s == null) {
      return;
    }
    tasks.run(
        "Deleting " + kindName + " " + item.name(),
        () -> {
          s.delete(item.name());
          return null;
        },
        ok -> {
          message.set("Deleted " + kindName + " " + item.name());
          closeForm();
        },
        e -> message.set("Cannot delete " + item.name() + ": " + ErrorText.of(e)));
  }

  private void stopWatch() {
    if (watch != null) {
      close(watch);
      watch = null;
    }
  }

  private static void close(AutoCloseable w) {
    try {
      w.close();
    } catch (Exception e) {
      log.debug("Closing a watch: {}", e.getMessage());
    }
  }

  public void close() {
    stopWatch();
  }

  public String kindName() {
    return kindName;
  }

  public ObservableList<ItemRow<T>> items() {
    return items;
  }

  public ObjectProperty<F> formProperty() {
    return form;
  }

  public ObjectProperty<Pending<T>> pendingProperty() {
    return pending;
  }

  public BooleanProperty connectedProperty() {
    return connected;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public StringProperty messageProperty() {
    return message;
  }
}
