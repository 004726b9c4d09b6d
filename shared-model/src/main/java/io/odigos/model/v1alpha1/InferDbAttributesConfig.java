package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Action config: derives database attributes (operation, collection...) from query text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InferDbAttributesConfig(
    @JsonPropertyDescription("Sources the action applies to; all sources when unset.")
        SourcesScope scopes) {}
