package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** Action config: extracts values from span attributes into new span attributes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtractAttributeConfig(
    @Required @Size(min = 1) @JsonPropertyDescription("Extraction rules, applied in order.")
        List<Extraction> extractions) {

  /**
   * One extraction: either a lookup key inside a known data format, or a custom regular expression
   * with one capture group. The captured value is written to the target attribute.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Extraction(
      @Required @JsonPropertyDescription("Span attribute that receives the extracted value.")
          String targetAttributeName,
      @JsonPropertyDescription("Key to look for inside the data format; needs dataFormat.")
          String lookupKey,
      @JsonPropertyDescription(
              "Predefined pattern family the lookup key is searched in; needs lookupKey.")
          DataFormat dataFormat,
      @JsonPropertyDescription(
              "Custom regular expression with a single capture group (instead of lookupKey + dataFormat).")
          String regex) {}

  /** Predefined pattern family for lookup-key extraction. */
  public enum DataFormat {
    RESOURCE_PATH("resource_path"),
    JSON("json"),
    SQL("sql");

    private final String wireName;

    DataFormat(String wireName) {
      this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
      return wireName;
    }
  }
}
