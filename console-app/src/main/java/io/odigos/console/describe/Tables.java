package io.odigos.console.describe;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Read-only tables of records, one text column per accessor. */
public final class Tables {
  private Tables() {}

  public static <T> TableColumn<T, String> column(
      String title, double width, Function<T, String> value) {
    TableColumn<T, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    // never narrower than its title: the table scrolls sideways instead of cutting every header
    c.setMinWidth(Math.min(width, headerWidth(title)));
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    c.setSortable(false);
    return c;
  }

  /** About the width of a bold 13 px header with its padding and sort arrow room. */
  static double headerWidth(String title) {
    return 8.5 * title.length() + 22;
  }

  public static <T> TableView<T> table(String id, ObservableList<T> items, String empty) {
    TableView<T> t = new TableView<>(items);
    t.setId(id);
    t.setPlaceholder(new Label(empty));
    // columns keep their widths and a narrow table scrolls sideways: the Describe panel's tables
    // are narrower than their columns, and squeezed columns showed only "…"
    t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    return t;
  }
}
