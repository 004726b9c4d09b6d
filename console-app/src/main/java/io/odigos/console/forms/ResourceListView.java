package io.odigos.console.forms;

import io.odigos.console.core.FeatureView;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A list of custom resources on the left (each with its False conditions in red), the open form on
 * the right with its validation messages, and the gateway config diff as an in-window dialog before
 * a change is applied. Node ids start with the given prefix ({@code action}: {@code #actionList},
 * {@code #newAction}, {@code #saveAction}, {@code #applyAction}...).
 */
public final class ResourceListView<T, F extends ResourceForm<T>> implements FeatureView {
  private final ResourceListViewModel<T, F> model;
  private final Function<F, Node> formFields;
  private final String id;
  private final String cap;
  private final StackPane root = new StackPane();
  private final VBox formPane = new VBox(10);
  private final VBox dialog = new VBox(8);
  private final ListView<ItemRow<T>> list;

  /**
   * @param idPrefix lowercase prefix of the node ids
   * @param title the view's title
   * @param formFields builds the inputs of a form
   */
  public ResourceListView(
      ResourceListViewModel<T, F> model,
      String idPrefix,
      String title,
      Function<F, Node> formFields) {
    this.model = model;
    this.formFields = formFields;
    this.id = idPrefix;
    this.cap = Character.toUpperCase(idPrefix.charAt(0)) + idPrefix.substring(1);
    root.setId(idPrefix + "sView");
    root.getStylesheets().add(PipelineStyles.url());
    root.getStyleClass().add(PipelineStyles.VIEW_CLASS);

    list = new ListView<>(model.items());
    list.setId(id + "List");
    list.setCellFactory(l -> new RowCell<>());
    list.setPlaceholder(new Label("None yet"));
    list.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            model.startEdit(list.getSelectionModel().getSelectedItem());
          }
        });
    VBox.setVgrow(list, Priority.ALWAYS);
    Button add = new Button("New…");
    add.setId("new" + cap);
    add.disableProperty().bind(model.connectedProperty().not());
    add.setOnAction(e -> model.startCreate());
    Button edit = new Button("Edit");
    edit.setId("edit" + cap);
    edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    edit.setOnAction(e -> model.startEdit(list.getSelectionModel().getSelectedItem()));
    Button delete = new Button("Delete");
    delete.setId("delete" + cap);
    delete.getStyleClass().add("danger");
    delete.disableProperty().bind(edit.disableProperty());
    Button confirm = new Button("Really delete");
    confirm.setId("confirmDelete" + cap);
    confirm.getStyleClass().add("danger");
    confirm.setVisible(false);
    confirm.managedProperty().bind(confirm.visibleProperty());
    delete.setOnAction(e -> confirm.setVisible(true));
    confirm.setOnAction(
        e -> {
          confirm.setVisible(false);
          model.delete(list.getSelectionModel().getSelectedItem());
        });
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, b) -> confirm.setVisible(false));
    Label heading = new Label(title);
    heading.getStyleClass().add("view-title");
    Label message = new Label();
    message.setId(id + "Message");
    message.setWrapText(true);
    message.getStyleClass().add("muted");
    message.textProperty().bind(model.messageProperty());
    VBox left = new VBox(6, heading, list, new HBox(6, add, edit, delete, confirm), message);
    left.getStyleClass().add("side-column");
    left.setMinWidth(300);

    formPane.getStyleClass().add("form-pane");
    ScrollPane scroll = new ScrollPane(formPane);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("form-scroll");
    model.formProperty().addListener((o, a, f) -> showForm(f));
    showForm(null);

    SplitPane split = new SplitPane(left, scroll);
    split.setDividerPositions(0.38);

    dialog.getStyleClass().add("diff-dialog");
    dialog.setId(id + "DiffDialog");
    dialog.setVisible(false);
    dialog.setMaxSize(820, 560);
    model.pendingProperty().addListener((o, a, p) -> showPending(p));
    root.getChildren().addAll(split, dialog);
  }

  private void showForm(F f) {
    formPane.getChildren().clear();
    if (f == null) {
      Label hint = new Label("Press New to add one, or double-click one to edit it.");
      hint.getStyleClass().add("placeholder-text");
      hint.setWrapText(true);
      formPane.getChildren().add(hint);
      return;
    }
    Label title = new Label(f.title());
    title.getStyleClass().add("view-title");
    title.setId(id + "FormTitle");
    VBox problems = new VBox(2);
    problems.setId(id + "Problems");
    problems.getStyleClass().add("problems-box");
    Runnable show =
        () -> {
          problems.getChildren().clear();
          for (String p : f.problems()) {
            Label l = new Label("• " + p);
            l.setWrapText(true);
            l.getStyleClass().add("error-text");
            problems.getChildren().add(l);
          }
          problems.setVisible(!f.problems().isEmpty());
          problems.setManaged(problems.isVisible());
        };
    f.problems().addListener((ListChangeListener<String>) c -> show.run());
    show.run();
    Button save = new Button(f.editing() ? "Save" : "Create");
    save.setId("save" + cap);
    save.setDefaultButton(true);
    save.disableProperty().bind(model.busyProperty());
    save.setOnAction(e -> model.save());
    Button cancel = new Button("Cancel");
    cancel.setId("cancel" + cap);
    cancel.setOnAction(e -> model.closeForm());
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(model.busyProperty());
    formPane
        .getChildren()
        .addAll(title, formFields.apply(f), problems, new HBox(8, save, cancel, busy));
  }

  private void showPending(ResourceListViewModel.Pending<T> p) {
    dialog.getChildren().clear();
    dialog.setVisible(p != null);
    if (p == null) {
      return;
    }
    Label title = new Label("Gateway config change");
    title.getStyleClass().add("view-title");
    var preview = p.preview().preview();
    Label summary =
        new Label(
            preview.changes()
                ? "Applying this " + model.kindName() + " changes the gateway's rendered config:"
                : "The gateway's rendered config stays the same"
                    + " (this change is applied elsewhere, e.g. in the agents or node collectors).");
    summary.setWrapText(true);
    TextArea diff = new TextArea(preview.changes() ? preview.diff() : "");
    diff.setId(id + "Diff");
    diff.setEditable(false);
    diff.getStyleClass().add("code");
    VBox.setVgrow(diff, Priority.ALWAYS);
    Button apply = new Button("Apply");
    apply.setId("apply" + cap);
    apply.setDefaultButton(true);
    apply.setOnAction(e -> model.confirm());
    Button back = new Button("Back to the form");
    back.setId("back" + cap);
    back.setOnAction(e -> model.cancelPreview());
    dialog.getChildren().addAll(title, summary, diff, new HBox(8, apply, back));
  }

  @Override
  public Node node() {
    return root;
  }

  @Override
  public void focusSearch() {
    list.requestFocus();
  }

  private static final class RowCell<T> extends ListCell<ItemRow<T>> {
    @Override
    protected void updateItem(ItemRow<T> r, boolean empty) {
      super.updateItem(r, empty);
      if (empty || r == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      Label dot = new Label("●");
      dot.getStyleClass().addAll("health-dot", r.health().styleClass());
      Label name = new Label(r.title());
      name.getStyleClass().add("cell-title");
      Label detail = new Label(r.detail());
      detail.getStyleClass().add("cell-detail");
      VBox box = new VBox(1, new HBox(6, dot, name), detail);
      for (String p : r.problems()) {
        Label l = new Label(p);
        l.setWrapText(true);
        l.getStyleClass().addAll("error-text", "cell-detail", "item-problem");
        box.getChildren().add(l);
      }
      setText(null);
      setGraphic(box);
    }
  }
}
