package io.odigos.odiglet.inspect.detect;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers to pull version numbers out of names and texts. Pure. */
final class Versions {
  private static final Pattern DOTTED = Pattern.compile("\\d+(?:\\.\\d+)+");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");

  private Versions() {}

  /** The first dotted number ({@code 3.11.7}) in the text. */
  static Optional<String> firstDotted(String text) {
    Matcher m = DOTTED.matcher(text);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  /** The first number, dotted or not ({@code 17}, {@code 17.0.2}). */
  static Optional<String> firstNumber(String text) {
    Matcher m = NUMBER.matcher(text);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  /** The value of {@code KEY="value"} (or unquoted) in a properties-like text. */
  static Optional<String> keyValue(String text, String key) {
    for (String line : text.lines().toList()) {
      String l = line.strip();
      if (l.startsWith(key + "=")) {
        String v = l.substring(key.length() + 1).strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1);
        }
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** Versions are made of digits, dots and the usual suffix characters. */
  static boolean versionChar(char c) {
    return (c >= '0' && c <= '9') || c == '.';
  }
}
