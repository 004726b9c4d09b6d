package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Action config: turns database query text into templates. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DbQueryTemplatizationConfig(
    @JsonPropertyDescription("Sources the action applies to; all sources when unset.")
        SourcesScope scopes,
    @JsonPropertyDescription(
            "Replace number and string literals in SQL with placeholders (identifiers, parameters, booleans and NULL are kept).")
        Boolean templatizeLiterals) {}
