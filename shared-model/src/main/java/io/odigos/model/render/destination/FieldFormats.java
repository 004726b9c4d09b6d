package io.odigos.model.render.destination;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.odigos.model.catalog.DestinationField;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Checks and reads a field's text according to its catalog type. */
final class FieldFormats {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FieldFormats() {}

  /** What is wrong with {@code value} for this field, or empty when it fits. */
  static Optional<String> problem(DestinationField field, String value) {
    String quoted = "\"" + value + "\"";
    return switch (field.type()) {
      case TEXT -> Optional.empty();
      case URL ->
          Endpoints.problem(value)
              .map(reason -> Endpoints.invalid(value, field.displayName(), reason));
      case NUMBER ->
          value.matches("-?[0-9]{1,18}")
              ? Optional.empty()
              : Optional.of(quoted + " is not a whole number for " + field.displayName());
      case BOOLEAN ->
          value.equals("true") || value.equals("false")
              ? Optional.empty()
              : Optional.of(quoted + " is not true or false for " + field.displayName());
      case SELECT ->
          field.options().contains(value)
              ? Optional.empty()
              : Optional.of(
                  "option "
                      + quoted
                      + " not allowed for "
                      + field.displayName()
                      + " (one of: "
                      + String.join(", ", field.options())
                      + ")");
      case LIST -> listProblem(field, value);
    };
  }

  /** The items of a LIST value: a JSON array of strings or a comma-separated list. */
  static List<String> list(String value) {
    String text = value.strip();
    if (text.startsWith("[")) {
      try {
        return JSON.readValue(text, new TypeReference<List<String>>() {}).stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("not a JSON list of strings", e);
      }
    }
    return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Optional<String> listProblem(DestinationField field, String value) {
    try {
      return list(value).isEmpty()
          ? Optional.of("no value given in the list for " + field.displayName())
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(
          "\""
              + value
              + "\" is not a list for "
              + field.displayName()
              + " (use [\"a\", \"b\"] or a, b)");
    }
  }
}
