package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A programming language as used in selectors (source scopes, span renamers, SDK configs): every
 * {@link ProgrammingLanguage} value plus {@code *}, which matches any language.
 */
public enum LanguageSelector {
  JAVA("java"),
  PYTHON("python"),
  GO("go"),
  DOTNET("dotnet"),
  JAVASCRIPT("javascript"),
  PHP("php"),
  RUBY("ruby"),
  RUST("rust"),
  CPLUSPLUS("cplusplus"),
  MYSQL("mysql"),
  NGINX("nginx"),
  REDIS("redis"),
  POSTGRES("postgres"),
  UNKNOWN("unknown"),
  IGNORED("ignored"),
  ANY("*");

  private final String wireName;

  LanguageSelector(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** True when this selector accepts the given language. */
  public boolean matches(ProgrammingLanguage language) {
    return this == ANY || (language != null && wireName.equals(language.wireName()));
  }
}
