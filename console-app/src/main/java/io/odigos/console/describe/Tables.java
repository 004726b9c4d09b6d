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
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    c.setSortable(false);
    return c;
  }

  public static <T> TableView<T> table(String id, ObservableList<T> items, String empty) {
    TableView<T> t = new TableView<>(items);
    t.setId(id);
    t.setPlaceholder(new Label(empty));
    t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    return t;
  }
}
