package io.odigos.model.render.action;

import io.odigos.model.v1alpha1.PiiMaskingConfig.PiiCategory;

/** RE2 patterns (the collector's regex dialect) for the PII categories. */
final class PiiPatterns {

  private PiiPatterns() {}

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
