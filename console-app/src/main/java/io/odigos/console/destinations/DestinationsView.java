package io.odigos.console.destinations;

import io.odigos.console.core.FeatureView;
import io.odigos.model.catalog.DestinationType;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
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
  private final SplitPane root = new SplitPane();
  private final TextField search = new TextField();
  private final StackPane formPane = new StackPane();

  DestinationsView(DestinationsViewModel model) {
    this.model = model;
    root.setId("destinationsView");

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
    Button confirm = new Button("Really delete");
    confirm.setId("confirmDelete");
    confirm.getStyleClass().add("danger");
    confirm.setVisible(false);
    confirm.managedProperty().bind(confirm.visibleProperty());
    delete.setOnAction(e -> confirm.setVisible(true));
    confirm.setOnAction(
        e -> {
          confirm.setVisible(false);
          model.delete(configured.getSelectionModel().getSelectedItem());
        });
    configured
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, b) -> confirm.setVisible(false));

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
            new HBox(6, edit, delete, confirm),
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

    root.getItems().addAll(left, formPane);
    root.setDividerPositions(0.36);
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
    formPane.getChildren().add(new DestinationFormView(f, model::save, model::closeForm).node());
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
