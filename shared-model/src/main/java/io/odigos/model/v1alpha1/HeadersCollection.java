package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** Which HTTP headers to record on spans. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HeadersCollection(
    @JsonPropertyDescription("Header names to record.") List<String> headerKeys) {}
