package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Tracing switch for the libraries a rule selects. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TraceConfig(@JsonPropertyDescription("Stop recording traces.") Boolean disabled) {}
