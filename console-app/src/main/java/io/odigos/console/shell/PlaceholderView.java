package io.odigos.console.shell;

import io.odigos.console.core.FeatureView;
import io.odigos.console.core.Navigation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What a navigation entry shows until its feature is built. */
final class PlaceholderView implements FeatureView {
  private final VBox root = new VBox(8);

  PlaceholderView(Navigation.Entry entry) {
    Label title = new Label(entry.title());
    title.getStyleClass().add("view-title");
    Label summary = new Label(entry.summary());
    summary.getStyleClass().add("muted");
    Label later = new Label("Coming in a later version of the console.");
    later.getStyleClass().add("placeholder-text");
    later.setId("placeholder-" + entry.id());
    root.getChildren().addAll(title, summary, later);
    root.getStyleClass().addAll("view-body", "placeholder");
  }

  @Override
  public Node node() {
    return root;
  }
}
