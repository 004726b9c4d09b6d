package io.odigos.model.catalog;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One setting of a destination type, as the console shows it and the renderer reads it.
 *
 * @param name key in the Destination's {@code data} (or, when {@code secret}, in its Secret); upper
 *     snake case because secret keys become environment variables of the gateway
 * @param displayName label shown to the user and used in validation messages
 * @param type how the value is entered and checked
 * @param required whether the destination cannot work without it
 * @param secret whether the value lives in the Secret and is referenced, never copied
 * @param options allowed values of a {@link FieldType#SELECT} field, empty otherwise
 * @param defaultValue value used when the user gives none, or {@code null}
 * @param description what the field means, in one or two sentences
 * @param placeholder example shown in an empty input, or {@code null}
 */
public record DestinationField(
    String name,
    String displayName,
    FieldType type,
    boolean required,
    boolean secret,
    List<String> options,
    String defaultValue,
    String description,
    String placeholder) {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  public DestinationField {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "field name \"" + name + "\" must be upper snake case (it may become an env var)");
    }
    requireText(displayName, name, "displayName");
    requireText(description, name, "description");
    if (type == null) {
      throw new IllegalArgumentException("field " + name + " has no type");
    }
    options = options == null ? List.of() : List.copyOf(options);
    if (type == FieldType.SELECT && options.isEmpty()) {
      throw new IllegalArgumentException("select field " + name + " has no options");
    }
    if (type != FieldType.SELECT && !options.isEmpty()) {
      throw new IllegalArgumentException("field " + name + " has options but is no select");
    }
    if (type == FieldType.SELECT && defaultValue != null && !options.contains(defaultValue)) {
      throw new IllegalArgumentException(
          "default \"" + defaultValue + "\" of " + name + " is not one of its options");
    }
    if (secret && defaultValue != null) {
      throw new IllegalArgumentException("secret field " + name + " cannot have a default");
    }
  }

  /** The label used in messages: {@code "API Key" (DATADOG_API_KEY)}. */
  public String label() {
    return "\"" + displayName + "\" (" + name + ")";
  }

  private static void requireText(String value, String field, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("field " + field + " has no " + what);
    }
  }
}
