package io.odigos.console.collectors;

import io.odigos.console.forms.Health;
import io.odigos.console.forms.PipelineStyles;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One card per collectors group: health, replicas/HPA or pods, problems, the rendered config; below
 * them, one row per node saying whether eBPF Go instrumentation runs there and why not. Cards are
 * updated in place, so a live event does not reset where the user scrolled the config.
 */
final class CollectorsView {
  private final VBox root = new VBox(10);
  private final HBox cards = new HBox(12);
  private final Map<String, Card> byGroup = new LinkedHashMap<>();
  private final VBox nodeRows = new VBox(6);

  CollectorsView(CollectorsViewModel model) {
    root.setId("collectorsView");
    root.getStylesheets().add(PipelineStyles.url());
    root.getStyleClass().add(PipelineStyles.VIEW_CLASS);
    root.getStyleClass().add("view-body");
    Label title = new Label("Collectors");
    title.getStyleClass().add("view-title");
    Label status = new Label();
    status.setId("collectorsStatus");
    status.getStyleClass().add("muted");
    status.textProperty().bind(model.statusProperty());
    VBox.setVgrow(cards, Priority.ALWAYS);
    model.collectors().addListener((ListChangeListener<CollectorState>) c -> show(model));
    show(model);
    Label ebpfTitle = new Label("eBPF Go instrumentation per node");
    ebpfTitle.getStyleClass().add("section-header");
    Label nodesProblem = new Label();
    nodesProblem.setId("ebpfNodesProblem");
    nodesProblem.getStyleClass().add("muted");
    nodesProblem.setWrapText(true);
    nodesProblem.textProperty().bind(model.nodesProblemProperty());
    nodeRows.setId("ebpfNodes");
    model.nodes().addListener((ListChangeListener<NodeEbpfState>) c -> showNodes(model));
    showNodes(model);
    root.getChildren()
        .addAll(new HBox(10, title, status), cards, ebpfTitle, nodesProblem, nodeRows);
  }

  /** One row per node: health dot, name, Ready/Not ready with the reason, the odiglet's message. */
  private void showNodes(CollectorsViewModel model) {
    nodeRows.getChildren().clear();
    for (NodeEbpfState n : model.nodes()) {
      Label dot = new Label("●");
      dot.getStyleClass().addAll("health-dot", n.health().styleClass());
      Label name = new Label(n.node());
      name.getStyleClass().add("cell-title");
      Label state = new Label(n.status());
      state.setId("ebpf-" + n.node() + "-status");
      Label message = new Label(n.message());
      message.setId("ebpf-" + n.node() + "-message");
      message.setWrapText(true);
      message.getStyleClass().add("muted");
      nodeRows.getChildren().add(new VBox(2, new HBox(6, dot, name, state), message));
    }
  }

  private void show(CollectorsViewModel model) {
    if (model.collectors().isEmpty()) {
      byGroup.clear();
      cards.getChildren().clear();
      return;
    }
    for (CollectorState s : model.collectors()) {
      byGroup
          .computeIfAbsent(
              s.group(),
              g -> {
                Card c = new Card(g);
                cards.getChildren().add(c.box);
                return c;
              })
          .update(s);
    }
  }

  Node node() {
    return root;
  }

  /** The nodes of one card. */
  private static final class Card {
    final VBox box = new VBox(6);
    final Label dot = new Label("●");
    final Label title = new Label();
    final Label status = new Label();
    final Label scale = new Label();
    final VBox problems = new VBox(2);
    final TextArea config = new TextArea();

    Card(String group) {
      dot.getStyleClass().add("health-dot");
      title.getStyleClass().add("cell-title");
      status.setId(group + "-status");
      scale.setId(group + "-scale");
      scale.setWrapText(true);
      Label configTitle = new Label("Rendered config (read-only)");
      configTitle.getStyleClass().add("section-header");
      config.setId(group + "-config");
      config.setEditable(false);
      config.setPromptText("No ConfigMap " + group + " yet: the autoscaler writes it.");
      config.getStyleClass().add("code");
      VBox.setVgrow(config, Priority.ALWAYS);
      box.getChildren()
          .addAll(new HBox(6, dot, title), status, scale, problems, configTitle, config);
      box.getStyleClass().add("collector-card");
      HBox.setHgrow(box, Priority.ALWAYS);
      box.setMaxWidth(Double.MAX_VALUE);
      box.setPrefWidth(400);
    }

    void update(CollectorState s) {
      for (Health h : Health.values()) {
        dot.getStyleClass().remove(h.styleClass());
      }
      dot.getStyleClass().add(s.health().styleClass());
      title.setText(s.title() + " (" + s.group() + ")");
      status.setText(s.status());
      scale.setText(s.scale());
      problems.getChildren().clear();
      for (String p : s.problems()) {
        Label l = new Label(p);
        l.setWrapText(true);
        l.getStyleClass().add("error-text");
        problems.getChildren().add(l);
      }
      if (!config.getText().equals(s.config())) {
        double top = config.getScrollTop();
        config.setText(s.config());
        config.setScrollTop(top);
      }
    }
  }
}
