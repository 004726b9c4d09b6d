package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.List;

/**
 * Action config: adds fixed resource attributes (cluster name, environment...) to all telemetry.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddClusterInfoConfig(
    @Required @JsonPropertyDescription("Attributes to add.")
        List<ClusterAttribute> clusterAttributes,
    @JsonPropertyDescription("Replace values that the telemetry already carries for these keys.")
        Boolean overwriteExistingValues) {

  /** One attribute to add; the value is a string, and the empty string is allowed. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ClusterAttribute(
      @Required String attributeName, @Required String attributeStringValue) {}
}
