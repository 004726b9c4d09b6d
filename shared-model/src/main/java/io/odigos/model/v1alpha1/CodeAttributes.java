package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Which OpenTelemetry {@code code.*} attributes to record on spans. An unset value is resolved from
 * other rules, and is false when no rule sets it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CodeAttributes(
    @JsonPropertyDescription("Record code.column.") Boolean column,
    @JsonPropertyDescription("Record code.filepath.") Boolean filePath,
    @JsonPropertyDescription("Record code.function.") Boolean function,
    @JsonPropertyDescription("Record code.lineno.") Boolean lineNumber,
    @JsonPropertyDescription("Record code.namespace.") Boolean namespace,
    @JsonPropertyDescription("Record code.stacktrace.") Boolean stackTrace) {}
