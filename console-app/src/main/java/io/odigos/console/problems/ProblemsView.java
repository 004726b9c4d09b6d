package io.odigos.console.problems;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Problems as a table (newest first) with the selected object's YAML beside it. */
final class ProblemsView {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  private final SplitPane root = new SplitPane();
  private final TextField search = new TextField();

  ProblemsView(ProblemsViewModel model) {
    root.setId("problemsView");
    TableView<Problem> table = new TableView<>(model.problems());
    table.setId("problemsTable");
    table.setPlaceholder(new Label("No False condition. All good."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("Since", 140, p -> TIME.format(p.since())));
    table.getColumns().add(column("Kind", 150, Problem::kind));
    table.getColumns().add(column("Namespace", 110, Problem::namespace));
    table.getColumns().add(column("Name", 170, Problem::name));
    table.getColumns().add(column("Condition", 140, Problem::type));
    table.getColumns().add(column("Reason", 170, Problem::reason));
    table.getColumns().add(column("Message", 300, Problem::message));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, p) -> model.selectedProperty().set(p));
    VBox.setVgrow(table, Priority.ALWAYS);

    search.setId("problemsSearch");
    search.setPromptText("Filter problems (Ctrl+F)");
    search.textProperty().bindBidirectional(model.searchProperty());
    HBox.setHgrow(search, Priority.ALWAYS);
    Label status = new Label();
    status.setId("problemsStatus");
    status.getStyleClass().add("muted");
    status.textProperty().bind(model.statusProperty());
    Label count = new Label();
    count
        .textProperty()
        .bind(javafx.beans.binding.Bindings.size(model.problems()).asString("%d problems"));
    count.setId("problemsCount");
    Label title = new Label("Problems");
    title.getStyleClass().add("view-title");
    HBox bar = new HBox(10, title, search, count, status);
    bar.getStyleClass().add("view-toolbar");
    VBox left = new VBox(6, bar, table);
    left.getStyleClass().add("view-body");

    TextArea details = new TextArea();
    details.setId("problemDetails");
    details.setEditable(false);
    details.getStyleClass().add("code");
    details.textProperty().bind(model.detailsProperty());
    details.setPromptText("Select a problem to see its object.");
    Label detailsTitle = new Label("Object");
    detailsTitle.getStyleClass().add("section-header");
    VBox right = new VBox(6, detailsTitle, details);
    right.getStyleClass().add("view-body");
    VBox.setVgrow(details, Priority.ALWAYS);

    root.setOrientation(javafx.geometry.Orientation.VERTICAL);
    root.getItems().addAll(left, right);
    root.setDividerPositions(0.55);
  }

  private static TableColumn<Problem, String> column(
      String title, double width, Function<Problem, String> value) {
    TableColumn<Problem, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setCellValueFactory(
        cell -> (ObservableValue<String>) new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    c.setSortable(false); // the model orders: newest first
    return c;
  }

  Node node() {
    return root;
  }

  void focusSearch() {
    search.requestFocus();
    search.selectAll();
  }
}
