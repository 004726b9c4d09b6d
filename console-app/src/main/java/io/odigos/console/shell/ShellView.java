package io.odigos.console.shell;

import io.odigos.console.connect.ConnectViewModel;
import io.odigos.console.connect.ContextPickerView;
import io.odigos.console.core.Activity;
import io.odigos.console.core.ClusterSession;
import io.odigos.console.core.Feature;
import io.odigos.console.core.FeatureContext;
import io.odigos.console.core.FeatureView;
import io.odigos.console.core.Navigation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The window's frame: a top bar (context picker, theme, About), the install hint when the cluster
 * lacks Odigos, IDE-style navigation on the left, the selected view in the middle and a status bar
 * with progress. Views come from {@link Feature}s; entries without one get a placeholder.
 */
public final class ShellView {
  private static final KeyCode[] DIGITS = {
    KeyCode.DIGIT1,
    KeyCode.DIGIT2,
    KeyCode.DIGIT3,
    KeyCode.DIGIT4,
    KeyCode.DIGIT5,
    KeyCode.DIGIT6,
    KeyCode.DIGIT7,
    KeyCode.DIGIT8,
    KeyCode.DIGIT9
  };

  private final BorderPane root = new BorderPane();
  private final ListView<Navigation.Entry> navigation;
  private final Map<String, Supplier<FeatureView>> factories = new LinkedHashMap<>();
  private final Map<String, FeatureView> views = new LinkedHashMap<>();
  private final StackPane center = new StackPane();
  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
  private final ConnectViewModel connect;

  public ShellView(ConnectViewModel connect, List<Feature> features, FeatureContext context) {
    this.connect = connect;
    root.setId("shell");
    root.getStyleClass().add("shell");
    // views are built when first shown: a view not looked at costs no start-up time and watches
    // nothing in the cluster
    for (Navigation.Entry entry : Navigation.ENTRIES) {
      Supplier<FeatureView> factory =
          features.stream()
              .filter(f -> f.id().equals(entry.id()))
              .findFirst()
              .<Supplier<FeatureView>>map(f -> () -> f.create(context))
              .orElseGet(() -> () -> new PlaceholderView(entry));
      factories.put(entry.id(), factory);
    }
    connect
        .sessionProperty()
        .addListener(
            (o, old, session) ->
                List.copyOf(views.values()).forEach(v -> v.sessionChanged(session)));

    navigation = new ListView<>();
    navigation.setId("navigation");
    navigation.getItems().setAll(Navigation.ENTRIES);
    navigation.getStyleClass().add("navigation");
    navigation.setCellFactory(l -> new EntryCell());
    navigation.setPrefWidth(235);
    navigation.getSelectionModel().selectedItemProperty().addListener((o, a, entry) -> show(entry));

    root.setTop(new VBox(topBar(context.tasks().activity()), installHint()));
    root.setLeft(navigation);
    center.getStyleClass().add("center");
    root.setCenter(center);
    root.setBottom(statusBar(context.tasks().activity()));
    theme.addListener((o, a, t) -> applyTheme(t));
    navigation
        .getSelectionModel()
        .select(
            Navigation.ENTRIES.stream()
                .filter(e -> e.id().equals(Navigation.DESTINATIONS))
                .findFirst()
                .orElseThrow());
  }

  private HBox topBar(Activity activity) {
    Label brand = new Label("Odigos");
    brand.getStyleClass().add("brand");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button themeButton = new Button();
    themeButton.setId("toggleTheme");
    themeButton
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> theme.get() == Theme.LIGHT ? "Dark theme" : "Light theme", theme));
    themeButton.setTooltip(new Tooltip("Switch between light and dark (Ctrl+Shift+T)"));
    themeButton.setOnAction(e -> theme.set(theme.get().other()));
    Button about = new Button("About");
    about.setId("about");
    about.setOnAction(e -> showAbout());
    HBox bar =
        new HBox(12, brand, new ContextPickerView(connect).node(), spacer, themeButton, about);
    bar.getStyleClass().add("top-bar");
    return bar;
  }

  private Label installHint() {
    Label hint = new Label();
    hint.setId("installHint");
    hint.setWrapText(true);
    hint.getStyleClass().add("banner");
    hint.textProperty().bind(connect.installHintProperty());
    hint.visibleProperty().bind(connect.installHintProperty().isNotEmpty());
    hint.managedProperty().bind(hint.visibleProperty());
    hint.setMaxWidth(Double.MAX_VALUE);
    return hint;
  }

  private HBox statusBar(Activity activity) {
    ProgressBar busy = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    busy.setId("busy");
    busy.setPrefWidth(90);
    busy.visibleProperty().bind(activity.runningProperty().greaterThan(0));
    busy.managedProperty().bind(busy.visibleProperty());
    Label message = new Label();
    message.setId("statusMessage");
    message.textProperty().bind(activity.messageProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Label session = new Label();
    session.setId("sessionLabel");
    session
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> describe(connect.sessionProperty().get()), connect.sessionProperty()));
    Label keys = new Label("Ctrl+1…8 views · Ctrl+F search");
    keys.getStyleClass().add("muted");
    HBox bar = new HBox(10, busy, message, spacer, session, keys);
    bar.getStyleClass().add("status-bar");
    return bar;
  }

  private static String describe(ClusterSession s) {
    if (s == null) {
      return "Not connected";
    }
    return s.context()
        + " · "
        + s.serverVersion()
        + (s.odigosInstalled() ? " · Odigos" : " · no Odigos");
  }

  private void show(Navigation.Entry entry) {
    if (entry == null) {
      return;
    }
    center.getChildren().setAll(view(entry.id()).node());
  }

  /** The view of the entry, built (and told about the current session) the first time. */
  private FeatureView view(String id) {
    FeatureView v = views.get(id);
    if (v == null) {
      v = factories.get(id).get();
      views.put(id, v);
      ClusterSession session = connect.sessionProperty().get();
      if (session != null) {
        v.sessionChanged(session);
      }
    }
    return v;
  }

  /** The views built so far (those shown at least once), by id. */
  public Set<String> builtViews() {
    return Set.copyOf(views.keySet());
  }

  /** Selects the view with the id (see {@link Navigation}). */
  public void navigate(String id) {
    Navigation.ENTRIES.stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .ifPresent(e -> navigation.getSelectionModel().select(e));
  }

  /** The view shown now. */
  public FeatureView current() {
    Navigation.Entry e = navigation.getSelectionModel().getSelectedItem();
    return e == null ? null : view(e.id());
  }

  /** Adds the stylesheet and the keyboard shortcuts to the window's scene. */
  public void install(Scene scene) {
    scene.getStylesheets().add(getClass().getResource(Theme.STYLESHEET).toExternalForm());
    for (int i = 0; i < Navigation.ENTRIES.size() && i < DIGITS.length; i++) {
      String id = Navigation.ENTRIES.get(i).id();
      scene
          .getAccelerators()
          .put(new KeyCodeCombination(DIGITS[i], KeyCombination.SHORTCUT_DOWN), () -> navigate(id));
    }
    scene
        .getAccelerators()
        .put(
            new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
            () -> {
              FeatureView v = current();
              if (v != null) {
                v.focusSearch();
              }
            });
    scene
        .getAccelerators()
        .put(
            new KeyCodeCombination(
                KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            () -> theme.set(theme.get().other()));
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), this::showAbout);
  }

  private void showAbout() {
    ClusterSession s = connect.sessionProperty().get();
    AboutBox.create(
            root.getScene() == null ? null : root.getScene().getWindow(),
            Versions.all(s == null ? null : s.serverVersion()))
        .show();
  }

  private void applyTheme(Theme t) {
    root.getStyleClass().remove(Theme.DARK_CLASS);
    if (root.getScene() != null) {
      root.getScene().getRoot().getStyleClass().remove(Theme.DARK_CLASS);
      if (t == Theme.DARK) {
        root.getScene().getRoot().getStyleClass().add(Theme.DARK_CLASS);
      }
    }
  }

  public ObjectProperty<Theme> themeProperty() {
    return theme;
  }

  public Parent root() {
    return root;
  }

  /** One navigation entry, with its Ctrl+digit. */
  private static final class EntryCell extends ListCell<Navigation.Entry> {
    @Override
    protected void updateItem(Navigation.Entry e, boolean empty) {
      super.updateItem(e, empty);
      if (empty || e == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      int index = Navigation.ENTRIES.indexOf(e) + 1;
      Label title = new Label(e.title());
      title.setMinWidth(Region.USE_PREF_SIZE);
      Region spacer = new Region();
      HBox.setHgrow(spacer, Priority.ALWAYS);
      Label key = new Label("Ctrl+" + index);
      key.getStyleClass().add("shortcut");
      HBox box = new HBox(6, title, spacer, key);
      setPrefWidth(0); // follow the list's width: no horizontal scroll bar
      setText(null);
      setGraphic(box);
      setId("nav-" + e.id());
      setTooltip(new Tooltip(e.summary()));
    }
  }
}
