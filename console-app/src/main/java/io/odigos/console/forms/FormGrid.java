package io.odigos.console.forms;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A two-column form (label, input with its help below), as the Destinations form looks. */
public final class FormGrid {
  private final GridPane grid = new GridPane();
  private int row;

  public FormGrid() {
    grid.getStyleClass().add("form-grid");
    grid.setHgap(12);
    grid.setVgap(4);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(170);
    ColumnConstraints inputs = new ColumnConstraints();
    inputs.setHgrow(Priority.ALWAYS);
    inputs.setFillWidth(true);
    grid.getColumnConstraints().addAll(labels, inputs);
  }

  public FormGrid row(String label, Node control, String help) {
    Label l = new Label(label);
    l.getStyleClass().add("field-label");
    if (label.endsWith("*")) {
      l.getStyleClass().add("required");
    }
    l.setLabelFor(control);
    grid.add(l, 0, row);
    grid.add(control, 1, row);
    if (help != null && !help.isEmpty()) {
      Label h = new Label(help);
      h.setWrapText(true);
      h.getStyleClass().add("field-help");
      grid.add(h, 1, row + 1);
    }
    row += 2;
    return this;
  }

  public FormGrid text(String id, String label, StringProperty value, String prompt, String help) {
    TextField t = new TextField();
    t.setId(id);
    t.textProperty().bindBidirectional(value);
    t.setPromptText(prompt);
    return row(label, t, help);
  }

  public FormGrid area(String id, String label, StringProperty value, String prompt, String help) {
    TextArea t = new TextArea();
    t.setId(id);
    t.setPrefRowCount(3);
    t.textProperty().bindBidirectional(value);
    t.setPromptText(prompt);
    return row(label, t, help);
  }

  public FormGrid check(String id, String label, BooleanProperty value, String help) {
    return row(label, checkBox(id, "", value), help);
  }

  public static CheckBox checkBox(String id, String text, BooleanProperty value) {
    CheckBox c = new CheckBox(text);
    c.setMnemonicParsing(false); // CREDIT_CARD keeps its underscore
    c.setId(id);
    c.selectedProperty().bindBidirectional(value);
    return c;
  }

  public GridPane node() {
    return grid;
  }
}
