package io.odigos.console.core;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * What the shell needs from a feature's view: its node, where the search box is, and a call when
 * the connected cluster changes. All methods run on the FX thread.
 */
public interface FeatureView {

  Node node();

  /** Ctrl+F: focus this view's search field, if it has one. */
  default void focusSearch() {}

  /**
   * The user connected to another cluster, or disconnected ({@code null}). The view model drops
   * what it showed and reloads or re-watches in the background.
   */
  default void sessionChanged(ClusterSession session) {}

  /**
   * A feature view from its parts.
   *
   * @param node the view's node, asked for when the shell shows it
   * @param focusSearch what Ctrl+F does ({@code () -> {}} when the view has no search field)
   * @param sessionChanged what a new or lost cluster connection does
   */
  static FeatureView of(
      Supplier<Node> node, Runnable focusSearch, Consumer<ClusterSession> sessionChanged) {
    return new FeatureView() {
      @Override
      public Node node() {
        return node.get();
      }

      @Override
      public void focusSearch() {
        focusSearch.run();
      }

      @Override
      public void sessionChanged(ClusterSession session) {
        sessionChanged.accept(session);
      }
    };
  }
}
