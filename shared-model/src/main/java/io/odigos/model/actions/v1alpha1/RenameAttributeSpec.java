package io.odigos.model.actions.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Map;

/** Spec of the legacy RenameAttribute kind: the common fields and the renames. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RenameAttributeSpec extends LegacyActionSpec {
  @Required
  @JsonPropertyDescription("Old key to new key.")
  private Map<String, String> renames;

  public Map<String, String> getRenames() {
    return renames;
  }

  public void setRenames(Map<String, String> renames) {
    this.renames = renames;
  }
}
