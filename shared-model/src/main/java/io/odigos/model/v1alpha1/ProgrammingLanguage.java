package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonValue;

/** A detected programming language or runtime, spelled as upstream Odigos spells it on the wire. */
public enum ProgrammingLanguage {
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
  /** Any language: used by rules and overrides that apply whatever the runtime. */
  ANY("*");

  private final String wireName;

  ProgrammingLanguage(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  /**
   * Used as a selector (rules, scopes, overrides): true when this value accepts the given language.
   */
  public boolean accepts(ProgrammingLanguage language) {
    return this == ANY || this == language;
  }
}
