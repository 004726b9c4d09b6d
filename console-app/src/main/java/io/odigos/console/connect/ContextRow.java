package io.odigos.console.connect;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One context in the picker with its own connection state and message. */
public final class ContextRow {

  /** Where the row's connection stands. */
  public enum State {
    NOT_CONNECTED,
    CONNECTING,
    CONNECTED,
    FAILED
  }

  private final KubeContext context;
  private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.NOT_CONNECTED);
  private final StringProperty message = new SimpleStringProperty("");

  public ContextRow(KubeContext context) {
    this.context = context;
  }

  public KubeContext context() {
    return context;
  }

  public String name() {
    return context.name();
  }

  public ObjectProperty<State> stateProperty() {
    return state;
  }

  /** The error of a failed connection, or what the server is when connected. */
  public StringProperty messageProperty() {
    return message;
  }

  @Override
  public String toString() {
    return context.name();
  }
}
