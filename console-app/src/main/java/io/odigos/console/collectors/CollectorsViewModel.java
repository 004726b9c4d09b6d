package io.odigos.console.collectors;

import io.odigos.console.core.ErrorText;
import io.odigos.console.core.Tasks;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The gateway's and node collectors' state, kept live by the source's watch. */
public final class CollectorsViewModel {
  private static final Logger log = LoggerFactory.getLogger(CollectorsViewModel.class);

  private final Tasks tasks;
  private final ObservableList<CollectorState> collectors = FXCollections.observableArrayList();
  private final ObservableList<NodeEbpfState> nodes = FXCollections.observableArrayList();
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty nodesProblem = new SimpleStringProperty("");
  private CollectorsSource source;
  private AutoCloseable watch;

  public CollectorsViewModel(Tasks tasks) {
    this.tasks = tasks;
  }

  public void useSource(CollectorsSource next) {
    if (watch != null) {
      close(watch);
      watch = null;
    }
    source = next;
    collectors.clear();
    nodes.clear();
    nodesProblem.set("");
    if (next == null) {
      status.set("Connect to a cluster with Odigos to see its collectors.");
      return;
    }
    status.set("Watching…");
    tasks.run(
        "Watching the collectors",
        () ->
            io.odigos.console.forms.Watches.start(
                () ->
                    next.watch(
                        objects -> {
                          var states = CollectorStates.of(objects);
                          var ebpf = NodeEbpfStates.of(objects.nodes());
                          tasks.onUi(
                              () -> {
                                if (source == next) {
                                  collectors.setAll(states);
                                  nodes.setAll(ebpf);
                                  nodesProblem.set(objects.nodesProblem());
                                }
                              });
                        })),
        w -> {
          if (source == next) {
            watch = w;
            status.set("Live");
          } else {
            close(w);
          }
        },
        e -> status.set("Cannot watch the collectors: " + ErrorText.of(e)));
  }

  private static void close(AutoCloseable w) {
    try {
      w.close();
    } catch (Exception e) {
      log.debug("Closing a watch: {}", e.getMessage());
    }
  }

  /** Gateway first, then the node collector. */
  public ObservableList<CollectorState> collectors() {
    return collectors;
  }

  /** Each node's eBPF Go instrumentation, by node name. */
  public ObservableList<NodeEbpfState> nodes() {
    return nodes;
  }

  /** Why the nodes are not shown ("" when they are). */
  public StringProperty nodesProblemProperty() {
    return nodesProblem;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public void close() {
    useSource(null);
  }
}
