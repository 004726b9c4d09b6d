package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;

/**
 * A sampling rule for an operation of little value (health checks, metric scrapes, agents calling
 * home). Matched on the root span at head-sampling time; matching traces are dropped or kept at a
 * low rate.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoisyOperation(
    @JsonPropertyDescription(
            "Short name for people; also written to sampling metrics and span attributes.")
        String name,
    @JsonPropertyDescription(
            "Ignored for sampling decisions but still counted in sampling metrics.")
        Boolean disabled,
    @JsonPropertyDescription("Sources the rule applies to; all sources when unset or empty.")
        SourcesScope sourceScopes,
    @JsonPropertyDescription("Operation the rule matches; all operations when unset.")
        HeadSamplingOperationMatcher operation,
    @Min(0)
        @Max(100)
        @JsonPropertyDescription(
            "Upper bound, in percent, for keeping matching traces; 0 when unset.")
        Double percentageAtMost,
    @JsonPropertyDescription("Free text for people; ignored by Odigos.") String notes) {}
