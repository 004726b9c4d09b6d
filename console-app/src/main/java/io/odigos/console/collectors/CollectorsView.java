package io.odigos.console.collectors;

import io.odigos.console.forms.PipelineStyles;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One card per collectors group: health, replicas/HPA or pods, problems, the rendered config. */
final class CollectorsView {
  private final VBox root = new VBox(10);
  private final HBox cards = new HBox(12);

  CollectorsView(CollectorsViewModel model) {
    root.setId("collectorsView");
    root.getStylesheets().add(PipelineStyles.url());
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
    root.getChildren().addAll(new HBox(10, title, status), cards);
  }

  private void show(CollectorsViewModel model) {
    cards.getChildren().clear();
    for (CollectorState s : model.collectors()) {
      cards.getChildren().add(card(s));
    }
  }

  private static Node card(CollectorState s) {
    Label dot = new Label("●");
    dot.getStyleClass().addAll("health-dot", s.health().styleClass());
    Label title = new Label(s.title() + " (" + s.group() + ")");
    title.getStyleClass().add("cell-title");
    Label status = new Label(s.status());
    status.setId(s.group() + "-status");
    Label scale = new Label(s.scale());
    scale.setId(s.group() + "-scale");
    scale.setWrapText(true);
    VBox card = new VBox(6, new HBox(6, dot, title), status, scale);
    for (String p : s.problems()) {
      Label l = new Label(p);
      l.setWrapText(true);
      l.getStyleClass().add("error-text");
      card.getChildren().add(l);
    }
    Label configTitle = new Label("Rendered config (read-only)");
    configTitle.getStyleClass().add("section-header");
    TextArea config = new TextArea(s.config().isEmpty() ? "" : s.config());
    config.setId(s.group() + "-config");
    config.setEditable(false);
    config.setPromptText("No ConfigMap " + s.group() + " yet: the autoscaler writes it.");
    config.getStyleClass().add("code");
    VBox.setVgrow(config, Priority.ALWAYS);
    card.getChildren().addAll(configTitle, config);
    card.getStyleClass().add("collector-card");
    HBox.setHgrow(card, Priority.ALWAYS);
    card.setMaxWidth(Double.MAX_VALUE);
    card.setPrefWidth(400);
    return card;
  }

  Node node() {
    return root;
  }
}
