package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.List;

/** Action config: rewrites span names of one instrumentation scope with regular expressions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpanRenamerConfig(
    @Required @JsonPropertyDescription("Language of the instrumentation that produces the spans.")
        ProgrammingLanguage programmingLanguage,
    @Required @JsonPropertyDescription("Instrumentation scope name of the spans to rename.")
        String scopeName,
    @JsonPropertyDescription(
            "Replacements applied to the span name; every one is tried, in order, whether or not an earlier one matched.")
        List<RegexReplacement> regexReplacements) {

  /** Replaces what the pattern matches in a span name with the template text. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RegexReplacement(@Required String regexPattern, @Required String templateText) {}
}
