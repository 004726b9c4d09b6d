package io.odigos.console.overview;

import io.odigos.console.forms.PipelineStyles;
import io.odigos.console.overview.Topology.Column;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;

/**
 * The topology drawn with shapes on a Pane: one column per stage, boxes coloured by health, lines
 * with the measured throughput and a sparkline of its recent rates. Clicking a box opens the view
 * with its details. Node ids: {@code topo-<node id>}; edge labels: {@code edge-<from>-><to>}.
 */
final class OverviewView {
  static final double BOX_W = 150;
  static final double BOX_H = 54;

  /** The gap between columns when there is room; it narrows to {@link #MIN_COLUMN_GAP} to fit. */
  static final double COLUMN_GAP = 140;

  /** Below this the edge labels would touch the boxes: the view scrolls instead. */
  static final double MIN_COLUMN_GAP = 104;

  static final double ROW_GAP = 26;
  static final double MARGIN = 24;

  private final VBox root = new VBox(8);
  private final Pane canvas = new Pane();
  private final Consumer<String> navigate;
  private final ScrollPane scroll;
  private Topology shown;

  OverviewView(OverviewViewModel model, Consumer<String> navigate) {
    this.navigate = navigate;
    root.setId("overviewView");
    root.getStylesheets().add(PipelineStyles.url());
    root.getStyleClass().add(PipelineStyles.VIEW_CLASS);
    root.getStyleClass().add("view-body");
    Label title = new Label("Overview");
    title.getStyleClass().add("view-title");
    Label status = new Label();
    status.setId("overviewStatus");
    status.getStyleClass().add("muted");
    status.textProperty().bind(model.statusProperty());
    canvas.getStyleClass().add("topology");
    canvas.setId("topology");
    scroll = new ScrollPane(canvas);
    scroll.getStyleClass().add("form-scroll");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    model.topologyProperty().addListener((o, a, t) -> draw(t));
    // the columns spread over the width there is: a 1280-pixel window shows the whole pipeline
    scroll
        .viewportBoundsProperty()
        .addListener(
            (o, a, b) -> {
              if (a == null || a.getWidth() != b.getWidth()) {
                draw(shown);
              }
            });
    draw(model.topologyProperty().get());
    root.getChildren().addAll(new HBox(10, title, status), scroll);
  }

  /** The gap between columns for a viewport this wide: four boxes fit if at all possible. */
  static double columnGap(double viewportWidth) {
    double fit = (viewportWidth - 2 * MARGIN - 4 * BOX_W) / 3;
    return Math.max(MIN_COLUMN_GAP, Math.min(COLUMN_GAP, Math.floor(fit)));
  }

  private void draw(Topology t) {
    shown = t;
    canvas.getChildren().clear();
    double viewport = scroll == null ? 0 : scroll.getViewportBounds().getWidth();
    double gap = viewport > 0 ? columnGap(viewport) : COLUMN_GAP;
    Map<Column, Integer> rows = new EnumMap<>(Column.class);
    Map<String, Point2D> at = new HashMap<>();
    int maxRows = 1;
    for (Topology.Node n : t.nodes()) {
      int row = rows.merge(n.column(), 1, Integer::sum) - 1;
      maxRows = Math.max(maxRows, row + 1);
      at.put(
          n.id(),
          new Point2D(
              MARGIN + n.column().ordinal() * (BOX_W + gap), MARGIN + row * (BOX_H + ROW_GAP)));
    }
    // centre the single-box columns vertically against the tallest one
    double height = maxRows * (BOX_H + ROW_GAP);
    for (Topology.Node n : t.nodes()) {
      int count = rows.get(n.column());
      double offset = (height - count * (BOX_H + ROW_GAP)) / 2;
      Point2D p = at.get(n.id());
      at.put(n.id(), new Point2D(p.getX(), p.getY() + offset));
    }
    for (Topology.Edge e : t.edges()) {
      Point2D a = at.get(e.from());
      Point2D b = at.get(e.to());
      if (a != null && b != null) {
        drawEdge(e, a.add(BOX_W, BOX_H / 2), b.add(0, BOX_H / 2));
      }
    }
    for (Topology.Node n : t.nodes()) {
      drawNode(n, at.get(n.id()));
    }
    canvas.setPrefSize(MARGIN * 2 + 4 * BOX_W + 3 * gap, MARGIN * 2 + height);
    if (t.nodes().isEmpty()) {
      Label empty = new Label("Nothing to draw yet.");
      empty.getStyleClass().add("placeholder-text");
      empty.relocate(MARGIN, MARGIN);
      canvas.getChildren().add(empty);
    }
  }

  private void drawEdge(Topology.Edge e, Point2D from, Point2D to) {
    Line line = new Line(from.getX(), from.getY(), to.getX(), to.getY());
    line.getStyleClass().add("topology-edge");
    canvas.getChildren().add(line);
    if (e.label().isEmpty()) {
      return;
    }
    Label label = new Label(e.label());
    label.setId("edge-" + e.from() + "->" + e.to());
    label.getStyleClass().add("topology-edge-label");
    if (e.unreachable()) {
      label.getStyleClass().add("unreachable");
      label.setTooltip(new Tooltip(e.reason()));
    }
    double mx = (from.getX() + to.getX()) / 2;
    double my = (from.getY() + to.getY()) / 2;
    // centred over the edge, whatever the text's width
    label.layoutXProperty().bind(label.widthProperty().divide(-2).add(mx));
    label.setLayoutY(my - 20);
    canvas.getChildren().add(label);
    Polyline spark = sparkline(e.history(), 60, 14);
    if (spark != null) {
      spark.relocate(mx - 30, my + 4);
      canvas.getChildren().add(spark);
    }
  }

  /** Points scaled into w×h, newest on the right; null with fewer than two points. */
  static Polyline sparkline(List<Double> values, double w, double h) {
    if (values.size() < 2) {
      return null;
    }
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    Polyline p = new Polyline();
    for (int i = 0; i < values.size(); i++) {
      double x = w * i / (values.size() - 1);
      double y = max <= 0 ? h : h - h * values.get(i) / max;
      p.getPoints().addAll(x, y);
    }
    p.getStyleClass().add("sparkline");
    return p;
  }

  private void drawNode(Topology.Node n, Point2D p) {
    Rectangle box = new Rectangle(BOX_W, BOX_H);
    box.getStyleClass().addAll("topology-box", n.health().styleClass());
    Label title = new Label(n.title());
    title.getStyleClass().add("topology-title");
    title.setMaxWidth(BOX_W - 16);
    Label detail = new Label(n.detail());
    detail.getStyleClass().add("topology-detail");
    detail.setMaxWidth(BOX_W - 16);
    VBox text = new VBox(2, title, detail);
    text.setMaxSize(BOX_W - 16, BOX_H - 8);
    StackPane node = new StackPane(box, text);
    node.setId("topo-" + n.id());
    node.getStyleClass().addAll("topology-node", n.health().styleClass());
    node.relocate(p.getX(), p.getY());
    node.setOnMouseClicked(e -> navigate.accept(n.navigateTo()));
    Tooltip.install(
        node,
        new Tooltip(
            n.title()
                + " — "
                + n.detail()
                + " ("
                + n.health().name().toLowerCase()
                + "); click for details"));
    canvas.getChildren().add(node);
  }

  Node node() {
    return root;
  }
}
