package io.odigos.console.problems;

import io.odigos.console.core.ErrorText;
import io.odigos.console.core.Tasks;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Problems: every False condition of the connected cluster's Odigos objects, newest first, kept
 * live by the source's watch; filtering by text; the selected problem's object in a side panel.
 */
public final class ProblemsViewModel {
  private static final Logger log = LoggerFactory.getLogger(ProblemsViewModel.class);

  /** Newest first; ties by object and type so the order is stable. */
  public static final Comparator<Problem> NEWEST_FIRST =
      Comparator.comparing(Problem::since)
          .reversed()
          .thenComparing(Problem::objectRef)
          .thenComparing(Problem::type);

  private final Tasks tasks;
  private final ObservableList<Problem> all = FXCollections.observableArrayList();
  private final FilteredList<Problem> filtered = new FilteredList<>(all);
  private final SortedList<Problem> visible = new SortedList<>(filtered, NEWEST_FIRST);
  private final StringProperty search = new SimpleStringProperty("");
  private final ObjectProperty<Problem> selected = new SimpleObjectProperty<>();
  private final StringProperty details = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");

  private ProblemSource source;
  private AutoCloseable watch;

  public ProblemsViewModel(Tasks tasks) {
    this.tasks = tasks;
    search.addListener((o, a, text) -> filtered.setPredicate(p -> matches(p, text)));
    selected.addListener((o, a, p) -> showDetails(p));
  }

  /** Stops the old watch and starts one on the new source ({@code null}: not connected). */
  public void useSource(ProblemSource next) {
    stopWatch();
    source = next;
    all.clear();
    selected.set(null);
    if (next == null) {
      status.set("Connect to a cluster with Odigos to see its problems.");
      return;
    }
    status.set("Watching…");
    tasks.run(
        "Watching Odigos conditions",
        () -> next.watch((uid, problems) -> tasks.onUi(() -> replace(next, uid, problems))),
        w -> {
          if (source == next) {
            watch = w;
            status.set("Live");
          } else {
            close(w);
          }
        },
        e -> status.set("Cannot watch: " + ErrorText.of(e)));
  }

  private void replace(ProblemSource from, String uid, List<Problem> problems) {
    if (from != source) {
      return;
    }
    all.removeIf(p -> p.uid().equals(uid));
    all.addAll(problems);
  }

  private void showDetails(Problem p) {
    ProblemSource s = source;
    if (p == null || s == null) {
      details.set("");
      return;
    }
    tasks.run(
        "Reading " + p.objectRef(),
        () -> s.describe(p),
        yaml -> {
          if (selected.get() == p) {
            details.set(yaml);
          }
        },
        e -> details.set("# cannot read " + p.objectRef() + ": " + ErrorText.of(e)));
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

  static boolean matches(Problem p, String text) {
    if (text == null || text.isBlank()) {
      return true;
    }
    String hay =
        String.join(" ", p.kind(), p.namespace(), p.name(), p.type(), p.reason(), p.message())
            .toLowerCase(Locale.ROOT);
    return hay.contains(text.strip().toLowerCase(Locale.ROOT));
  }

  /** The problems to show: filtered, newest first. */
  public SortedList<Problem> problems() {
    return visible;
  }

  public StringProperty searchProperty() {
    return search;
  }

  public ObjectProperty<Problem> selectedProperty() {
    return selected;
  }

  /** The selected object's YAML, "" when none. */
  public StringProperty detailsProperty() {
    return details;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public void close() {
    stopWatch();
  }
}
