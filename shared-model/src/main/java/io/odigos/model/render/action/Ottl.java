package io.odigos.model.render.action;

/** Building blocks for OTTL statements in transform processors. */
final class Ottl {

  private Ottl() {}

  /** A double-quoted OTTL string literal. */
  static String quote(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  static String deleteKey(String key) {
    return "delete_key(attributes, " + quote(key) + ")";
  }

  /**
   * Copies {@code from} to {@code to} when present; the old key is deleted by a second statement.
   */
  static String copyIfPresent(String from, String to) {
    return "set(attributes["
        + quote(to)
        + "], attributes["
        + quote(from)
        + "]) where attributes["
        + quote(from)
        + "] != nil";
  }
}
