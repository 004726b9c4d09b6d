package io.odigos.model.render.action;

import io.odigos.model.v1alpha1.PiiMaskingConfig.PiiCategory;

/** RE2 patterns (the collector's regex dialect) for the PII categories. */
final class PiiPatterns {

  /** Constructs RE2 (the collector's regex engine) does not have. */
  private static final java.util.regex.Pattern NOT_RE2 =
      java.util.regex.Pattern.compile("\\(\\?(?:[=!]|<[=!])|\\\\[1-9]|\\\\k<");

  private PiiPatterns() {}

  /** Why a user's pattern cannot be used, if it cannot: empty, malformed, or not RE2. */
  static java.util.Optional<String> checkCustom(String regex) {
    if (regex == null || regex.isBlank()) {
      return java.util.Optional.of("customRegexes cannot contain an empty pattern");
    }
    if (NOT_RE2.matcher(regex).find()) {
      return java.util.Optional.of(
          "custom pattern \"" + regex + "\" uses look-around or back-references, which RE2 lacks");
    }
    try {
      java.util.regex.Pattern.compile(regex);
      return java.util.Optional.empty();
    } catch (java.util.regex.PatternSyntaxException e) {
      return java.util.Optional.of(
          "custom pattern \""
              + regex
              + "\" is not a valid regular expression: "
              + e.getDescription());
    }
  }

  static String regex(PiiCategory category) {
    return switch (category) {
      // 13 to 19 digits, optionally grouped by spaces or dashes, as card numbers are written
      case CREDIT_CARD -> "\\b(?:\\d[ -]?){12,18}\\d\\b";
      case EMAIL -> "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}";
      // header.payload.signature, each base64url; header and payload are JSON objects ("eyJ")
      case JWT -> "eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*";
      case UUID ->
          "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b";
    };
  }
}
