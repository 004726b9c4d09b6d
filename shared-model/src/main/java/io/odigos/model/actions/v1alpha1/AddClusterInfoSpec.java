package io.odigos.model.actions.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.odigos.model.v1alpha1.AddClusterInfoConfig.ClusterAttribute;
import java.util.List;

/** Spec of the legacy AddClusterInfo kind: the common fields and the attributes to add. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AddClusterInfoSpec extends LegacyActionSpec {
  @Required
  @JsonPropertyDescription("Attributes to add.")
  private List<ClusterAttribute> clusterAttributes;

  @JsonPropertyDescription("Replace values that the telemetry already carries for these keys.")
  private Boolean overwriteExistingValues;

  public List<ClusterAttribute> getClusterAttributes() {
    return clusterAttributes;
  }

  public void setClusterAttributes(List<ClusterAttribute> clusterAttributes) {
    this.clusterAttributes = clusterAttributes;
  }

  public Boolean getOverwriteExistingValues() {
    return overwriteExistingValues;
  }

  public void setOverwriteExistingValues(Boolean overwriteExistingValues) {
    this.overwriteExistingValues = overwriteExistingValues;
  }
}
