package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import io.fabric8.generator.annotation.Required;
import java.util.List;

/**
 * Action config: masks personal data of the listed categories, and whatever the custom patterns
 * match, in attribute values.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PiiMaskingConfig(
    @Required @JsonPropertyDescription("Kinds of personal data to mask.")
        List<PiiCategory> piiCategories,
    @JsonPropertyDescription(
            "Extra regular expressions (RE2 syntax: no look-around, no back-references) whose"
                + " matches are masked.")
        List<String> customRegexes) {

  /** Categories only, as upstream's resources carry. */
  public PiiMaskingConfig(List<PiiCategory> piiCategories) {
    this(piiCategories, null);
  }

  /** A kind of personal data that can be masked. */
  public enum PiiCategory {
    CREDIT_CARD("CREDIT_CARD"),
    EMAIL("EMAIL"),
    JWT("JWT"),
    UUID("UUID");

    private final String wireName;

    PiiCategory(String wireName) {
      this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
      return wireName;
    }
  }
}
