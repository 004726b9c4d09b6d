package io.odigos.model.render;

/** Building blocks for OTTL statements and conditions (transform processors, tail sampling). */
public final class Ottl {

  private Ottl() {}

  /** A double-quoted OTTL string literal. */
  public static String quote(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  public static String deleteKey(String key) {
    return "delete_key(attributes, " + quote(key) + ")";
  }

  /**
   * Copies {@code from} to {@code to} when present; the old key is deleted by a second statement.
   */
  public static String copyIfPresent(String from, String to) {
    return "set(attributes["
        + quote(to)
        + "], attributes["
        + quote(from)
        + "]) where attributes["
        + quote(from)
        + "] != nil";
  }

  /** A regular expression matching {@code literal} as plain text. */
  public static String regexLiteral(String literal) {
    return literal.replaceAll("[\\\\.^$|?*+()\\[\\]{}]", "\\\\$0");
  }
}
