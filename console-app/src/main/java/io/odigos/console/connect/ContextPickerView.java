package io.odigos.console.connect;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The top bar's context picker: a drop-down whose rows show each context's state and, for a broken
 * one, its error; a button retries the selected context.
 */
public final class ContextPickerView {
  private final HBox root = new HBox(6);

  public ContextPickerView(ConnectViewModel model) {
    ComboBox<ContextRow> combo = new ComboBox<>(model.rows());
    combo.setId("contextPicker");
    combo.setPromptText("Pick a kubeconfig context");
    combo.setPrefWidth(340);
    combo.setCellFactory(list -> new RowCell(true));
    combo.setButtonCell(new RowCell(false));
    combo.setOnAction(
        e -> {
          ContextRow row = combo.getValue();
          if (row != null && row != model.selectedProperty().get()) {
            model.select(row);
          }
        });
    model
        .selectedProperty()
        .addListener(
            (o, old, row) -> {
              if (combo.getValue() != row) {
                combo.setValue(row);
              }
            });
    Button retry = new Button("⟳");
    retry.setId("reconnect");
    retry.setTooltip(new Tooltip("Connect again to the selected context"));
    retry.disableProperty().bind(model.selectedProperty().isNull());
    retry.setOnAction(e -> model.select(model.selectedProperty().get()));
    Label problem = new Label();
    problem.setId("kubeconfigProblem");
    problem.getStyleClass().add("error-text");
    problem.textProperty().bind(model.problemProperty());
    problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    Label label = new Label("Context");
    label.getStyleClass().add("bar-label");
    root.getChildren().addAll(label, combo, retry, problem);
    root.getStyleClass().add("context-picker");
  }

  public Node node() {
    return root;
  }

  /** A context's name with a state dot; in the open list also its server or error below. */
  private static final class RowCell extends ListCell<ContextRow> {
    private final boolean detailed;
    // the state listener of the row shown now; removed when the cell shows another row
    private ContextRow shown;
    private javafx.beans.value.ChangeListener<ContextRow.State> stateListener;

    RowCell(boolean detailed) {
      this.detailed = detailed;
    }

    @Override
    protected void updateItem(ContextRow row, boolean empty) {
      super.updateItem(row, empty);
      if (shown != null) {
        shown.stateProperty().removeListener(stateListener);
        shown = null;
      }
      if (empty || row == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      Label name = new Label();
      name.textProperty()
          .bind(
              Bindings.createStringBinding(
                  () -> symbol(row.stateProperty().get()) + "  " + row.name(),
                  row.stateProperty()));
      name.getStyleClass().add("context-name");
      if (detailed) {
        name.setId("contextName-" + row.name());
      }
      Label detail = new Label();
      detail.textProperty().bind(row.messageProperty());
      detail.getStyleClass().add("context-detail");
      detail.setId("contextMessage-" + row.name());
      stateListener =
          (o, was, now) -> {
            detail.pseudoClassStateChanged(FAILED, failed(row));
            name.pseudoClassStateChanged(FAILED, failed(row));
          };
      stateListener.changed(row.stateProperty(), null, row.stateProperty().get());
      row.stateProperty().addListener(stateListener);
      shown = row;
      setText(null);
      if (detailed) {
        setGraphic(new VBox(1, name, detail));
        setTooltip(new Tooltip(row.context().server()));
      } else {
        setGraphic(name);
      }
    }

    private static final javafx.css.PseudoClass FAILED =
        javafx.css.PseudoClass.getPseudoClass("failed");

    private static boolean failed(ContextRow row) {
      return row.stateProperty().get() == ContextRow.State.FAILED;
    }

    private static String symbol(ContextRow.State state) {
      return switch (state) {
        case NOT_CONNECTED -> "○";
        case CONNECTING -> "◌";
        case CONNECTED -> "●";
        case FAILED -> "✕";
      };
    }
  }
}
