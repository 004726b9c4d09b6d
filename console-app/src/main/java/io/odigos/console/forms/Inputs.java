package io.odigos.console.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Parsing of what people type into form fields: lists, key=value lines, numbers, object names. */
public final class Inputs {
  private Inputs() {}

  /** Items separated by commas or new lines, trimmed, empty ones dropped. */
  public static List<String> list(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("[,\\n]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** Lines of {@code key=value}; a line without '=' is reported in {@code problems}. */
  public static Map<String, String> pairs(String text, String what, List<String> problems) {
    Map<String, String> out = new LinkedHashMap<>();
    if (text == null) {
      return out;
    }
    for (String line : text.split("\\n")) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      int eq = l.indexOf('=');
      if (eq <= 0) {
        problems.add(what + ": \"" + l + "\" is not key=value");
        continue;
      }
      out.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
    }
    return out;
  }

  /** A number in [min, max], or a problem. Empty input is empty. */
  public static Optional<Double> number(
      String text, String what, double min, double max, List<String> problems) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      double d = Double.parseDouble(text.strip());
      if (d < min || d > max || Double.isNaN(d)) {
        problems.add(what + " must be from " + fmt(min) + " to " + fmt(max));
        return Optional.empty();
      }
      return Optional.of(d);
    } catch (NumberFormatException e) {
      problems.add(what + " must be a number, not \"" + text.strip() + "\"");
      return Optional.empty();
    }
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  /**
   * A Kubernetes object name made from a display name: lowercase letters, digits and dashes, at
   * most 63 characters, with a prefix so that it starts with a letter.
   */
  public static String objectName(String prefix, String displayName) {
    String slug =
        (displayName == null ? "" : displayName)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (slug.isEmpty()) {
      return "";
    }
    String name = prefix + "-" + slug;
    return name.length() > 63 ? name.substring(0, 63).replaceAll("-+$", "") : name;
  }

  /** Joins a list back into the text of a list field. */
  public static String join(List<String> items) {
    return items == null ? "" : String.join(", ", items);
  }

  /** Joins a map back into key=value lines. */
  public static String lines(Map<String, String> map) {
    if (map == null) {
      return "";
    }
    List<String> out = new ArrayList<>();
    map.forEach((k, v) -> out.add(k + "=" + v));
    return String.join("\n", out);
  }

  /** "action x: a; b" → "A", "B": the renderer's message as sentences for the problems box. */
  public static List<String> sentences(String message) {
    String body = message;
    int colon = message.indexOf(": ");
    if (colon >= 0 && message.substring(0, colon).split(" ").length <= 2) {
      body = message.substring(colon + 2);
    }
    return Arrays.stream(body.split("; "))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1))
        .toList();
  }
}
