package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;

/**
 * A sampling rule for valuable operations: a trace that contains one anywhere is kept despite cost
 * reduction.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HighlyRelevantOperation(
    @JsonPropertyDescription(
            "Short name for people; also written to sampling metrics and span attributes.")
        String name,
    @JsonPropertyDescription(
            "Ignored for sampling decisions but still counted in sampling metrics.")
        Boolean disabled,
    @JsonPropertyDescription("Sources the rule applies to; all sources when unset or empty.")
        SourcesScope sourceScopes,
    @JsonPropertyDescription("Match only spans whose status is Error.") Boolean error,
    @JsonPropertyDescription("Match only operations lasting longer than this many milliseconds.")
        Integer durationAtLeastMs,
    @JsonPropertyDescription("Operation the rule matches; all operations when unset.")
        TailSamplingOperationMatcher operation,
    @Min(0)
        @Max(100)
        @JsonPropertyDescription(
            "Lower bound, in percent, for keeping matching traces; 100 when unset.")
        Double percentageAtLeast,
    @JsonPropertyDescription("Free text for people; ignored by Odigos.") String notes) {}
