package io.odigos.console.destinations;

import io.odigos.console.core.FeatureView;
import io.odigos.console.destinations.guide.SetupGuide;
import io.odigos.console.forms.PipelineStyles;
import io.odigos.model.catalog.DestinationType;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Destinations: on the left the configured destinations and the catalog (search, category); on the
 * right the form of the picked type or destination.
 */
final class DestinationsView implements FeatureView {
  private final DestinationsViewModel model;
  private final SplitPane split = new SplitPane();
  private final StackPane root = new StackPane();
  private final VBox dialog = new VBox(10);
  private final Consumer<String> openLink;
  private final TextField search = new TextField();
  private final StackPane formPane = new StackPane();

  DestinationsView(DestinationsViewModel model, Consumer<String> openLink) {
    this.model = model;
    this.openLink = openLink;
    root.setId("destinationsView");
    root.getStylesheets().add(PipelineStyles.url());

    ListView<StoredDestination> configured = new ListView<>(model.destinations());
    configured.setId("configuredDestinations");
    configured.setPrefHeight(200);
    configured.setCellFactory(l -> new StoredCell());
    configured.setPlaceholder(new Label("No destination yet"));
    configured.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            model.startEdit(configured.getSelectionModel().getSelectedItem());
          }
        });
    Button edit = new Button("Edit");
    edit.setId("editDestination");
    edit.disableProperty().bind(configured.getSelectionModel().selectedItemProperty().isNull());
    edit.setOnAction(e -> model.startEdit(configured.getSelectionModel().getSelectedItem()));
    Button delete = new Button("Delete");
    delete.setId("deleteDestination");
    delete.getStyleClass().add("danger");
    delete.disableProperty().bind(edit.disableProperty());
    // the gateway config diff that follows is the confirmation
    delete.setOnAction(e -> model.delete(configured.getSelectionModel().getSelectedItem()));

    search.setId("destinationSearch");
    search.setPromptText("Search the catalog (Ctrl+F)");
    search.textProperty().bindBidirectional(model.searchProperty());
    ComboBox<String> category = new ComboBox<>();
    category.setId("destinationCategory");
    category
        .getItems()
        .addAll(CatalogFilter.ALL, DestinationType.MANAGED, DestinationType.SELF_HOSTED);
    category.valueProperty().bindBidirectional(model.categoryProperty());
    category.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(String c) {
            return c == null ? "" : CatalogFilter.ALL.equals(c) ? "All categories" : capital(c);
          }

          @Override
          public String fromString(String s) {
            return s;
          }
        });
    ListView<DestinationType> catalog = new ListView<>(model.catalogTypes());
    catalog.setId("destinationCatalog");
    catalog.setCellFactory(l -> new TypeCell());
    catalog.setPlaceholder(new Label("No type matches"));
    catalog.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            model.startCreate(catalog.getSelectionModel().getSelectedItem());
          }
        });
    Button add = new Button("Add…");
    add.setId("addDestination");
    add.disableProperty()
        .bind(
            catalog
                .getSelectionModel()
                .selectedItemProperty()
                .isNull()
                .or(model.connectedProperty().not()));
    add.setOnAction(e -> model.startCreate(catalog.getSelectionModel().getSelectedItem()));
    VBox.setVgrow(catalog, Priority.ALWAYS);

    Label message = new Label();
    message.setId("destinationsMessage");
    message.setWrapText(true);
    message.getStyleClass().add("muted");
    message.textProperty().bind(model.messageProperty());

    VBox left =
        new VBox(
            6,
            header("Configured destinations"),
            configured,
            new HBox(6, edit, delete),
            message,
            header("Add from the catalog"),
            new HBox(6, search, category),
            catalog,
            add);
    HBox.setHgrow(search, Priority.ALWAYS);
    left.getStyleClass().add("side-column");
    left.setMinWidth(280);

    formPane.getStyleClass().add("form-host");
    model.formProperty().addListener((o, old, f) -> showForm(f));
    showForm(null);

    split.getItems().addAll(left, formPane);
    split.setDividerPositions(0.27);

    dialog.getStyleClass().add("diff-dialog");
    dialog.setId("destinationDiffDialog");
    dialog.setVisible(false);
    dialog.setMaxSize(860, 580);
    model.pendingProperty().addListener((o, a, p) -> showPending(p));
    root.getChildren().addAll(split, dialog);
  }

  private void showPending(DestinationsViewModel.PendingChange p) {
    dialog.getChildren().clear();
    dialog.setVisible(p != null);
    if (p == null) {
      return;
    }
    String verb =
        switch (p.kind()) {
          case CREATE -> "Creating";
          case UPDATE -> "Saving";
          case DELETE -> "Deleting";
        };
    Label title = new Label("Gateway config change");
    title.getStyleClass().add("view-title");
    var preview = p.preview().preview();
    Label summary =
        new Label(
            preview.changes()
                ? verb
                    + " destination \""
                    + p.displayName()
                    + "\" changes the gateway's rendered"
                    + " config (secrets appear only as ${env:…} references):"
                : verb
                    + " destination \""
                    + p.displayName()
                    + "\" leaves the gateway's rendered config as it is.");
    summary.setWrapText(true);
    TextArea diff = new TextArea(preview.changes() ? preview.diff() : "");
    diff.setId("destinationDiff");
    diff.setEditable(false);
    diff.getStyleClass().add("code");
    VBox.setVgrow(diff, Priority.ALWAYS);
    diff.setVisible(preview.changes());
    diff.setManaged(preview.changes());
    Button apply =
        new Button(
            p.kind() == DestinationsViewModel.PendingChange.Kind.DELETE ? "Delete" : "Apply");
    apply.setId("applyDestination");
    apply.setDefaultButton(true);
    if (p.kind() == DestinationsViewModel.PendingChange.Kind.DELETE) {
      apply.getStyleClass().add("danger");
    }
    apply.setOnAction(e -> model.confirm());
    Button back = new Button("Cancel");
    back.setId("cancelDestinationChange");
    back.setCancelButton(true);
    back.setOnAction(e -> model.cancelPreview());
    dialog.getChildren().addAll(title, summary, diff, new HBox(8, apply, back));
  }

  private void showForm(DestinationFormViewModel f) {
    formPane.getChildren().clear();
    if (f == null) {
      Label hint =
          new Label("Pick a type in the catalog and press Add, or edit a configured destination.");
      hint.getStyleClass().add("placeholder-text");
      hint.setWrapText(true);
      StackPane.setAlignment(hint, javafx.geometry.Pos.TOP_LEFT);
      hint.setPadding(new javafx.geometry.Insets(20));
      formPane.getChildren().add(hint);
      return;
    }
    Node form =
        new DestinationFormView(f, model::save, model::closeForm, model::testConnection).node();
    boolean dark =
        root.getScene() != null && root.getScene().getRoot().getStyleClass().contains("dark");
    GuideView guide =
        new GuideView(isDark -> SetupGuide.html(f.type(), f.testable(), isDark), dark, openLink);
    SplitPane beside = new SplitPane(form, guide.node());
    beside.setId("formWithGuide");
    beside.setDividerPositions(0.6);
    formPane.getChildren().add(beside);
  }

  private static Label header(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("section-header");
    l.setMaxWidth(Region.USE_PREF_SIZE);
    return l;
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  @Override
  public Node node() {
    return root;
  }

  @Override
  public void focusSearch() {
    search.requestFocus();
    search.selectAll();
  }

  private static final class TypeCell extends ListCell<DestinationType> {
    @Override
    protected void updateItem(DestinationType t, boolean empty) {
      super.updateItem(t, empty);
      if (empty || t == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      Label name = new Label(t.displayName());
      name.getStyleClass().add("cell-title");
      Label detail =
          new Label(
              capital(t.category())
                  + " · "
                  + t.signals().stream()
                      .map(s -> s.name().toLowerCase(Locale.ROOT))
                      .collect(Collectors.joining(", ")));
      detail.getStyleClass().add("cell-detail");
      setText(null);
      setGraphic(new VBox(1, name, detail));
    }
  }

  private static final class StoredCell extends ListCell<StoredDestination> {
    @Override
    protected void updateItem(StoredDestination d, boolean empty) {
      super.updateItem(d, empty);
      if (empty || d == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      Label name = new Label(d.displayName());
      name.getStyleClass().add("cell-title");
      String signals =
          d.signals().stream()
              .map(s -> s.name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(", "));
      Label detail =
          new Label(d.type() + " · " + signals + (d.health().isEmpty() ? "" : " · " + d.health()));
      detail.getStyleClass().add("cell-detail");
      setText(null);
      setGraphic(new VBox(1, name, detail));
    }
  }
}
