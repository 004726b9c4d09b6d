package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;

/** A sampling rule that keeps at most a percentage of the matching traces, to save cost. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CostReductionRule(
    @JsonPropertyDescription(
            "Short name for people; also written to sampling metrics and span attributes.")
        String name,
    @JsonPropertyDescription(
            "Ignored for sampling decisions but still counted in sampling metrics.")
        Boolean disabled,
    @JsonPropertyDescription("Sources the rule applies to; all sources when unset or empty.")
        SourcesScope sourceScopes,
    @JsonPropertyDescription("Operation the rule matches; all operations when unset.")
        TailSamplingOperationMatcher operation,
    @Required
        @Min(0)
        @Max(100)
        @JsonPropertyDescription("Upper bound, in percent, for keeping matching traces.")
        Double percentageAtMost,
    @JsonPropertyDescription("Free text for people; ignored by Odigos.") String notes) {}
