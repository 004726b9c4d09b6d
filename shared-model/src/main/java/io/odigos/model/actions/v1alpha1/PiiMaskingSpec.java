package io.odigos.model.actions.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.odigos.model.v1alpha1.PiiMaskingConfig.PiiCategory;
import java.util.List;

/** Spec of the legacy PiiMasking kind: the common fields and the kinds of data to mask. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PiiMaskingSpec extends LegacyActionSpec {
  @Required
  @JsonPropertyDescription("Kinds of personal data to mask.")
  private List<PiiCategory> piiCategories;

  public List<PiiCategory> getPiiCategories() {
    return piiCategories;
  }

  public void setPiiCategories(List<PiiCategory> piiCategories) {
    this.piiCategories = piiCategories;
  }
}
