package io.odigos.console.overview;

import io.odigos.console.core.Navigation;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Opens another view from inside a feature: the shell binds Ctrl+&lt;position&gt; to each
 * navigation entry, so running that scene accelerator is the same as the user pressing it. (The
 * feature context has no navigation callback yet; this keeps the shell untouched.)
 */
final class ShellNavigator implements Consumer<String> {
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

  private Node anchor;

  void anchor(Node node) {
    this.anchor = node;
  }

  @Override
  public void accept(String id) {
    int index = Navigation.ENTRIES.stream().map(Navigation.Entry::id).toList().indexOf(id);
    if (anchor == null || anchor.getScene() == null || index < 0 || index >= DIGITS.length) {
      return;
    }
    Runnable go =
        anchor
            .getScene()
            .getAccelerators()
            .get(new KeyCodeCombination(DIGITS[index], KeyCombination.SHORTCUT_DOWN));
    if (go != null) {
      go.run();
    }
  }
}
