package io.odigos.console.shell;

import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The About dialog: what this console is and the versions it runs with. */
final class AboutBox {
  private AboutBox() {}

  static Alert create(Window owner, Map<String, String> versions) {
    Alert about = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
    about.initOwner(owner);
    about.setTitle("About the Odigos console");
    about.setHeaderText("Odigos console — manages Odigos through your kubeconfig");
    GridPane grid = new GridPane();
    grid.setHgap(16);
    grid.setVgap(4);
    grid.setId("aboutVersions");
    int row = 0;
    for (var e : versions.entrySet()) {
      grid.add(new Label(e.getKey()), 0, row);
      Label v = new Label(e.getValue());
      v.setId("version-" + row);
      grid.add(v, 1, row++);
    }
    about.getDialogPane().setContent(grid);
    return about;
  }
}
