package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.List;

/** Action config: removes attributes, by key, from spans, metrics and logs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteAttributeConfig(
    @Required @JsonPropertyDescription("Keys of the attributes to remove.")
        List<String> attributeNamesToDelete) {}
