package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** Action config: replaces ids in HTTP span paths with templates so that routes group well. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UrlTemplatizationConfig(
    @JsonPropertyDescription(
            "Groups of explicit templates, each for a set of sources; all apply to the spans they select.")
        List<TemplatizationRuleGroup> rules,
    @JsonPropertyDescription(
            "Automatic templatization settings per group of sources, used when no explicit template matched.")
        @JsonProperty("default")
        List<DefaultTemplatizationGroup> defaults) {

  /**
   * Explicit URL templates for the sources selected by the scope (all sources when the scope is
   * empty).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TemplatizationRuleGroup(
      @JsonPropertyDescription("Sources whose spans the templates apply to.") SourcesScope scopes,
      @JsonPropertyDescription("URL path templates, e.g. /users/{id}.") List<String> templates) {}

  /** Automatic templatization settings for the sources selected by the scope. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DefaultTemplatizationGroup(
      @JsonPropertyDescription("Sources the settings apply to; all sources when unset.")
          SourcesScope scopes,
      @JsonPropertyDescription(
              "Turn automatic templatization off; when actions disagree, off wins.")
          Boolean disabled,
      @JsonPropertyDescription(
              "When to skip automatic templatization, e.g. for error responses of public services.")
          SkipPolicy skipPolicy) {}

  /** Conditions under which automatic templatization is skipped. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SkipPolicy(
      @JsonPropertyDescription(
              "Skip for every status code outside 2xx (the code list is then ignored).")
          Boolean skipForNonSuccessCodes,
      @JsonPropertyDescription("HTTP status codes to skip, e.g. 401 and 404.")
          List<Integer> skipHttpStatusCodes) {}
}
