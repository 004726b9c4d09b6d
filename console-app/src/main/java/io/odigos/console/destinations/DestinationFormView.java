package io.odigos.console.destinations;

import io.odigos.model.catalog.DestinationField;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A form generated from a catalog type: one row per field (text box, password box for secrets,
 * drop-down for options, check box for booleans), required fields starred, each with its
 * description; then the signals and the validation messages.
 */
final class DestinationFormView {
  private final javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane();
  private final VBox body = new VBox(10);

  DestinationFormView(
      DestinationFormViewModel form, Runnable save, Runnable cancel, Runnable testConnection) {
    root.getStyleClass().add("destination-form");
    body.getStyleClass().add("form-pane");
    Label title =
        new Label((form.editing() ? "Edit " : "New ") + form.type().displayName() + " destination");
    title.getStyleClass().add("view-title");
    title.setId("formTitle");
    body.getChildren().add(title);
    if (form.type().docs() != null) {
      Label docs = new Label(form.type().docs());
      docs.setWrapText(true);
      docs.getStyleClass().add("muted");
      body.getChildren().add(docs);
    }

    GridPane grid = new GridPane();
    grid.getStyleClass().add("form-grid");
    grid.setHgap(12);
    grid.setVgap(4);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(140);
    labels.setPrefWidth(170);
    ColumnConstraints inputs = new ColumnConstraints();
    inputs.setHgrow(Priority.ALWAYS);
    inputs.setFillWidth(true);
    grid.getColumnConstraints().addAll(labels, inputs);

    int row = 0;
    TextField name = new TextField();
    name.setId("destinationName");
    name.textProperty().bindBidirectional(form.displayNameProperty());
    name.setPromptText("e.g. Honeycomb production");
    name.setDisable(form.editing()); // the object name derives from it
    row = addRow(grid, row, "Name *", name, "Your name for this destination.", true);
    for (FieldInput in : form.inputs()) {
      row =
          addRow(
              grid, row, in.label(), control(in), in.field().description(), in.field().required());
    }
    body.getChildren().add(grid);

    Label signalsLabel = new Label("Signals *");
    signalsLabel.getStyleClass().add("field-label");
    FlowPane signals = new FlowPane(14, 4);
    for (var e : form.signals().entrySet()) {
      signals.getChildren().add(signalBox(e.getKey(), e.getValue()));
    }
    body.getChildren().addAll(signalsLabel, signals);

    VBox problems = new VBox(2);
    problems.setId("formProblems");
    problems.getStyleClass().add("problems-box");
    Runnable showProblems =
        () -> {
          problems.getChildren().clear();
          for (String p : form.problems()) {
            Label l = new Label("• " + p);
            l.setWrapText(true);
            l.getStyleClass().add("error-text");
            problems.getChildren().add(l);
          }
          problems.setVisible(!form.problems().isEmpty());
          problems.setManaged(problems.isVisible());
        };
    form.problems().addListener((ListChangeListener<String>) c -> showProblems.run());
    showProblems.run();

    Button saveButton = new Button(form.editing() ? "Save" : "Create");
    saveButton.setId("saveDestination");
    saveButton.setDefaultButton(true);
    saveButton.setOnAction(e -> save.run());
    Button cancelButton = new Button("Cancel");
    cancelButton.setId("cancelDestination");
    cancelButton.setOnAction(e -> cancel.run());
    Button testButton = new Button("Test connection");
    testButton.setId("testConnection");
    testButton
        .disableProperty()
        .bind(
            form.connectionStateProperty()
                .isEqualTo(DestinationFormViewModel.ConnectionState.TESTING)
                .or(new javafx.beans.property.SimpleBooleanProperty(!form.testable())));
    testButton.setOnAction(e -> testConnection.run());
    javafx.scene.control.ProgressIndicator testing = new javafx.scene.control.ProgressIndicator();
    testing.setId("connectionProgress");
    testing.setPrefSize(18, 18);
    testing
        .visibleProperty()
        .bind(
            form.connectionStateProperty()
                .isEqualTo(DestinationFormViewModel.ConnectionState.TESTING));
    testing.managedProperty().bind(testing.visibleProperty());
    Label result = new Label();
    result.setId("connectionResult");
    result.setWrapText(true);
    result.setMaxWidth(Double.MAX_VALUE);
    result.textProperty().bind(form.connectionMessageProperty());
    result.visibleProperty().bind(result.textProperty().isNotEmpty());
    result.managedProperty().bind(result.visibleProperty());
    Runnable colour =
        () -> {
          result.getStyleClass().removeAll("health-ok", "health-failed", "muted");
          result
              .getStyleClass()
              .add(
                  switch (form.connectionStateProperty().get()) {
                    case OK -> "health-ok";
                    case FAILED -> "health-failed";
                    default -> "muted";
                  });
        };
    form.connectionStateProperty().addListener((o, a, b) -> colour.run());
    colour.run();
    javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(body);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("form-scroll");
    root.setCenter(scroll);
    // the messages and buttons stay in sight however long the form is
    for (Button b : java.util.List.of(saveButton, cancelButton, testButton)) {
      b.setMinWidth(Region.USE_PREF_SIZE);
    }
    HBox buttons = new HBox(8, saveButton, cancelButton, testButton, testing);
    buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    VBox footer = new VBox(8, problems, buttons, result);
    footer.getStyleClass().add("form-footer");
    root.setBottom(footer);
  }

  Node node() {
    return root;
  }

  private static int addRow(
      GridPane grid, int row, String label, Node control, String help, boolean required) {
    Label l = new Label(label);
    l.getStyleClass().add("field-label");
    if (required) {
      l.getStyleClass().add("required");
    }
    l.setLabelFor(control);
    grid.add(l, 0, row);
    grid.add(control, 1, row);
    Label h = new Label(help);
    h.setWrapText(true);
    h.getStyleClass().add("field-help");
    grid.add(h, 1, row + 1);
    return row + 2;
  }

  private static Node control(FieldInput in) {
    DestinationField f = in.field();
    Node node;
    if (f.secret()) {
      PasswordField p = new PasswordField();
      p.textProperty().bindBidirectional(in.valueProperty());
      p.setPromptText(in.prompt());
      node = p;
    } else {
      node =
          switch (f.type()) {
            case SELECT -> {
              ComboBox<String> c = new ComboBox<>();
              c.getItems().addAll(f.options());
              c.valueProperty().bindBidirectional(in.valueProperty());
              c.setMaxWidth(Double.MAX_VALUE);
              yield c;
            }
            case BOOLEAN -> {
              CheckBox c = new CheckBox();
              c.setSelected(Boolean.parseBoolean(in.valueProperty().get()));
              c.selectedProperty()
                  .addListener((o, was, now) -> in.valueProperty().set(Boolean.toString(now)));
              yield c;
            }
            default -> {
              TextInputControl t = new TextField();
              t.textProperty().bindBidirectional(in.valueProperty());
              t.setPromptText(
                  f.type() == io.odigos.model.catalog.FieldType.LIST && in.prompt().isEmpty()
                      ? "a, b, c"
                      : in.prompt());
              yield t;
            }
          };
    }
    node.setId("field-" + f.name());
    Tooltip.install(node, new Tooltip(f.name() + (f.secret() ? " (kept in a Secret)" : "")));
    return node;
  }

  private static Node signalBox(ObservabilitySignal signal, BooleanProperty on) {
    String n = signal.name();
    CheckBox box = new CheckBox(n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT));
    box.setId("signal-" + n);
    box.selectedProperty().bindBidirectional(on);
    return box;
  }
}
