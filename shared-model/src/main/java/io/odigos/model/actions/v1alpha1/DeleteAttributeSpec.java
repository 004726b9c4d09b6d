package io.odigos.model.actions.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.List;

/** Spec of the legacy DeleteAttribute kind: the common fields and the keys to remove. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class DeleteAttributeSpec extends LegacyActionSpec {
  @Required
  @JsonPropertyDescription("Keys of the attributes to remove.")
  private List<String> attributeNamesToDelete;

  public List<String> getAttributeNamesToDelete() {
    return attributeNamesToDelete;
  }

  public void setAttributeNamesToDelete(List<String> attributeNamesToDelete) {
    this.attributeNamesToDelete = attributeNamesToDelete;
  }
}
