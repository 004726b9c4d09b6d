package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Map;

/** Action config: renames attribute keys. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RenameAttributeConfig(
    @Required @JsonPropertyDescription("Old key to new key.") Map<String, String> renames) {}
