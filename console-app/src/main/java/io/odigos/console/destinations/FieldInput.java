package io.odigos.console.destinations;

import io.odigos.model.catalog.DestinationField;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One generated form input. For a secret field {@code value} is only what the user types now; a
 * value already in the Secret is never loaded, only the fact that it exists ({@code stored}).
 */
public final class FieldInput {
  /** What an empty secret input shows when the Secret already has a value. */
  public static final String UNCHANGED = "••• (unchanged)";

  private final DestinationField field;
  private final boolean stored;
  private final StringProperty value = new SimpleStringProperty("");

  FieldInput(DestinationField field, String initial, boolean stored) {
    this.field = field;
    this.stored = stored;
    value.set(initial == null ? "" : initial);
  }

  public DestinationField field() {
    return field;
  }

  public StringProperty valueProperty() {
    return value;
  }

  /** Whether the Secret already holds this (secret) field. */
  public boolean stored() {
    return stored;
  }

  /** The placeholder of the input: unchanged marker, catalog example, or nothing. */
  public String prompt() {
    if (field.secret() && stored) {
      return UNCHANGED;
    }
    if (field.placeholder() != null) {
      return field.placeholder();
    }
    return field.defaultValue() == null ? "" : "default: " + field.defaultValue();
  }

  /** The label, with a star when the field must be filled. */
  public String label() {
    return field.displayName() + (field.required() ? " *" : "");
  }

  String trimmed() {
    return value.get() == null ? "" : value.get().strip();
  }
}
