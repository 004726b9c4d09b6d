package io.odigos.console.destinations;

import io.odigos.model.catalog.DestinationType;
import java.util.Locale;

/** Which catalog entries match the search text and the chosen category. Pure. */
public final class CatalogFilter {
  /** The category choice that shows every type. */
  public static final String ALL = "all";

  private CatalogFilter() {}

  /**
   * True when the category is {@link #ALL} or the type's, and every word of the search appears in
   * the type's display name, id, category or docs (case-insensitive).
   */
  public static boolean matches(DestinationType type, String search, String category) {
    if (category != null && !ALL.equals(category) && !category.equals(type.category())) {
      return false;
    }
    if (search == null || search.isBlank()) {
      return true;
    }
    String haystack =
        (type.displayName()
                + " "
                + type.type()
                + " "
                + type.category()
                + " "
                + (type.docs() == null ? "" : type.docs()))
            .toLowerCase(Locale.ROOT);
    for (String word : search.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
      if (!haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
