package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * Narrows a rule to some sources: by workload, by namespace or by language. An empty scope (all
 * lists unset or empty) matches every source.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SourcesScope {
  @JsonPropertyDescription("Workloads the rule applies to.")
  private List<PodWorkload> sources;

  @JsonPropertyDescription("Namespaces whose workloads the rule applies to.")
  private List<String> namespaces;

  @JsonPropertyDescription("Languages the rule applies to; '*' matches any language.")
  private List<ProgrammingLanguage> languages;

  public List<PodWorkload> getSources() {
    return sources;
  }

  public void setSources(List<PodWorkload> sources) {
    this.sources = sources;
  }

  public List<String> getNamespaces() {
    return namespaces;
  }

  public void setNamespaces(List<String> namespaces) {
    this.namespaces = namespaces;
  }

  public List<ProgrammingLanguage> getLanguages() {
    return languages;
  }

  public void setLanguages(List<ProgrammingLanguage> languages) {
    this.languages = languages;
  }
}
