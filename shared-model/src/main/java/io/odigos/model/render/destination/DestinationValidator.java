package io.odigos.model.render.destination;

import io.odigos.model.catalog.DestinationField;
import io.odigos.model.catalog.DestinationType;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Every problem of one destination's input, each as a sentence for the user. */
final class DestinationValidator {

  private static final Pattern ID =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]{0,251}[A-Za-z0-9])?");

  private DestinationValidator() {}

  /** A copy without null keys or values (YAML {@code KEY:} with nothing after it). */
  static Map<String, String> withoutNulls(Map<String, String> data) {
    Map<String, String> copy = new HashMap<>();
    if (data != null) {
      data.forEach(
          (k, v) -> {
            if (k != null && v != null) {
              copy.put(k, v);
            }
          });
    }
    return Map.copyOf(copy);
  }

  static List<String> problems(
      DestinationType type,
      String id,
      Map<String, String> data,
      Set<String> secretKeys,
      Set<ObservabilitySignal> signals) {
    List<String> problems = new ArrayList<>();
    if (id == null || !ID.matcher(id).matches()) {
      problems.add(
          "id \""
              + id
              + "\" cannot name collector components (use letters, digits, '.', '_' and '-')");
    }
    checkSignals(type, signals, problems);
    for (DestinationField field : type.fields()) {
      if (field.secret()) {
        checkSecret(field, data, secretKeys, problems);
      } else {
        checkValue(field, data.get(field.name()), problems);
      }
    }
    return problems;
  }

  private static void checkSignals(
      DestinationType type, Set<ObservabilitySignal> signals, List<String> problems) {
    String supported = String.join(", ", type.signals().stream().map(Enum::name).toList());
    if (signals.isEmpty()) {
      problems.add("no signal selected (" + type.displayName() + " supports " + supported + ")");
    }
    for (ObservabilitySignal s : signals) {
      if (!type.supports(s)) {
        problems.add(
            "signal "
                + s.name()
                + " is not supported by "
                + type.displayName()
                + " (supports "
                + supported
                + ")");
      }
    }
  }

  private static void checkSecret(
      DestinationField field,
      Map<String, String> data,
      Set<String> secretKeys,
      List<String> problems) {
    // Never quote the value: it is a credential that was put in the wrong place.
    if (data.containsKey(field.name())) {
      problems.add(
          "field "
              + field.label()
              + " is secret: put it in the destination's Secret under key "
              + field.name()
              + ", not in data");
    } else if (field.required() && !secretKeys.contains(field.name())) {
      problems.add(
          "field "
              + field.label()
              + " is required: the destination's Secret has no key "
              + field.name());
    }
  }

  private static void checkValue(DestinationField field, String raw, List<String> problems) {
    String value = raw == null ? "" : raw.strip();
    if (value.isEmpty()) {
      if (field.required() && field.defaultValue() == null) {
        problems.add("field " + field.label() + " is required");
      }
      return;
    }
    FieldFormats.problem(field, value).ifPresent(problems::add);
  }
}
