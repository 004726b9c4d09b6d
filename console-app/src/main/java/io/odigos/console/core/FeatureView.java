package io.odigos.console.core;

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
}
