package io.odigos.model.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a destination field is entered and checked. Whether a field is secret is a separate flag: a
 * secret TEXT field is a password box in the console and a Secret key in the cluster.
 */
public enum FieldType {
  /** Free text. */
  TEXT,
  /** An address: {@code scheme://host[:port][/path]} or {@code host[:port]}. */
  URL,
  /** A whole number. */
  NUMBER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** One of the field's options. */
  SELECT,
  /** Several values: a JSON array of strings ({@code ["a","b"]}) or a comma-separated list. */
  LIST;

  /** The spelling in the catalog files, e.g. {@code url}. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static FieldType fromWireName(String name) {
    for (FieldType t : values()) {
      if (t.wireName().equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown field type \"" + name + "\"");
  }
}
