package io.odigos.console.connect;

import io.odigos.console.core.ClusterSession;
import io.odigos.console.core.ErrorText;
import io.odigos.console.core.Tasks;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The context picker: the kubeconfig's contexts, each with its own state; selecting one connects it
 * in the background (lazily: nothing is contacted before). A failure stays on its row and leaves
 * the rest of the app usable. The connected session is published for the views; the last good
 * context is remembered and picked at the next start.
 */
public final class ConnectViewModel {
  /** The chart in this repository, installed by name from a checkout. */
  public static final String INSTALL_COMMAND =
      "helm install odigos ./helm/odigos --namespace odigos-system --create-namespace";

  private final Tasks tasks;
  private final Path kubeconfigPath;
  private final BiFunction<Path, String, ClusterSession> connector;
  private final LastContextStore lastContext;

  private final ObservableList<ContextRow> rows = FXCollections.observableArrayList();
  private final ObjectProperty<ContextRow> selected = new SimpleObjectProperty<>();
  private final ObjectProperty<ClusterSession> session = new SimpleObjectProperty<>();
  private final StringProperty problem = new SimpleStringProperty("");
  private final StringProperty installHint = new SimpleStringProperty("");

  public ConnectViewModel(
      Tasks tasks,
      Path kubeconfigPath,
      BiFunction<Path, String, ClusterSession> connector,
      LastContextStore lastContext) {
    this.tasks = tasks;
    this.kubeconfigPath = kubeconfigPath;
    this.connector = connector;
    this.lastContext = lastContext;
  }

  /** Reads the kubeconfig and connects the remembered (else the current) context. */
  public void load() {
    tasks.run(
        "Reading " + kubeconfigPath,
        () -> Kubeconfig.read(kubeconfigPath),
        this::showContexts,
        e -> problem.set(ErrorText.of(e)));
  }

  private void showContexts(Kubeconfig config) {
    rows.setAll(config.contexts().stream().map(ContextRow::new).toList());
    problem.set(rows.isEmpty() ? "The kubeconfig " + config.path() + " has no context" : "");
    Optional<ContextRow> initial =
        lastContext
            .last()
            .flatMap(this::row)
            .or(() -> Optional.ofNullable(config.currentContext()).flatMap(this::row));
    initial.ifPresent(this::select);
  }

  /** Picks a context and connects to it (again, if it failed before). */
  public void select(ContextRow row) {
    if (row == null) {
      return;
    }
    selected.set(row);
    replaceSession(null);
    row.stateProperty().set(ContextRow.State.CONNECTING);
    row.messageProperty().set("connecting to " + row.context().server());
    tasks.run(
        "Connecting to " + row.name(),
        () -> connector.apply(kubeconfigPath, row.name()),
        s -> connected(row, s),
        e -> {
          // our own message names the server; a raw cause would only say "Connection refused"
          String text =
              e instanceof ClusterConnector.ConnectException ? e.getMessage() : ErrorText.of(e);
          row.stateProperty().set(ContextRow.State.FAILED);
          row.messageProperty().set(text);
          if (selected.get() == row) {
            tasks.activity().say(row.name() + ": " + text);
          }
        });
  }

  private void connected(ContextRow row, ClusterSession s) {
    row.stateProperty().set(ContextRow.State.CONNECTED);
    row.messageProperty().set("Kubernetes " + s.serverVersion());
    if (selected.get() != row) {
      s.close(); // the user picked another context meanwhile
      return;
    }
    lastContext.remember(row.name());
    installHint.set(
        s.odigosInstalled()
            ? ""
            : "Odigos is not installed in \""
                + row.name()
                + "\" (no CRD destinations.odigos.io). Install it from a checkout of this"
                + " repository: "
                + INSTALL_COMMAND);
    replaceSession(s);
    tasks.activity().say("Connected to " + row.name() + " (Kubernetes " + s.serverVersion() + ")");
  }

  private void replaceSession(ClusterSession next) {
    ClusterSession old = session.get();
    session.set(next);
    if (next == null) {
      installHint.set("");
    }
    if (old != null) {
      // closing stops informers and the HTTP client: not on the FX thread
      tasks.run("Disconnecting " + old.context(), () -> closed(old), x -> {}, e -> {});
    }
  }

  private static boolean closed(ClusterSession s) {
    s.close();
    return true;
  }

  private Optional<ContextRow> row(String name) {
    return rows.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  public ObservableList<ContextRow> rows() {
    return rows;
  }

  public ReadOnlyObjectProperty<ContextRow> selectedProperty() {
    return selected;
  }

  public ReadOnlyObjectProperty<ClusterSession> sessionProperty() {
    return session;
  }

  /** A kubeconfig-level problem (missing file, no contexts), or "". */
  public ReadOnlyStringProperty problemProperty() {
    return problem;
  }

  /** How to install Odigos when the connected cluster lacks it, or "". */
  public ReadOnlyStringProperty installHintProperty() {
    return installHint;
  }

  public Path kubeconfigPath() {
    return kubeconfigPath;
  }

  /** Closes the current session now, on the calling thread (app exit). */
  public void close() {
    ClusterSession old = session.get();
    session.set(null);
    if (old != null) {
      old.close();
    }
  }
}
