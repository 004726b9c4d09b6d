package io.odigos.console.core;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the console is busy with, for the status bar: how many background operations run and the
 * last thing that started, finished or failed. Touched only from the UI executor.
 */
public final class Activity {
  private final IntegerProperty running = new SimpleIntegerProperty();
  private final StringProperty message = new SimpleStringProperty("Ready");

  void started(String what) {
    running.set(running.get() + 1);
    message.set(what + "…");
  }

  void finished(String what) {
    running.set(Math.max(0, running.get() - 1));
    message.set(what + ": done");
  }

  void failed(String what, String error) {
    running.set(Math.max(0, running.get() - 1));
    message.set(what + " failed: " + error);
  }

  /** Sets a message that is not tied to an operation, e.g. a connection state. */
  public void say(String text) {
    message.set(text);
  }

  public ReadOnlyIntegerProperty runningProperty() {
    return running;
  }

  public ReadOnlyStringProperty messageProperty() {
    return message;
  }
}
