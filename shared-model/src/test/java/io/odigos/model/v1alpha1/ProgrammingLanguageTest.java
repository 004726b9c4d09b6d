package io.odigos.model.v1alpha1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ProgrammingLanguageTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void usesUpstreamWireNames() throws Exception {
    assertThat(json.writeValueAsString(ProgrammingLanguage.JAVASCRIPT)).isEqualTo("\"javascript\"");
    assertThat(json.readValue("\"*\"", ProgrammingLanguage.class))
        .isEqualTo(ProgrammingLanguage.ANY);
    assertThat(json.readValue("\"dotnet\"", ProgrammingLanguage.class))
        .isEqualTo(ProgrammingLanguage.DOTNET);
  }

  @Test
  void anyAcceptsEveryLanguageAndOthersOnlyThemselves() {
    assertThat(ProgrammingLanguage.ANY.accepts(ProgrammingLanguage.GO)).isTrue();
    assertThat(ProgrammingLanguage.JAVA.accepts(ProgrammingLanguage.JAVA)).isTrue();
    assertThat(ProgrammingLanguage.JAVA.accepts(ProgrammingLanguage.PYTHON)).isFalse();
    assertThat(ProgrammingLanguage.JAVA.accepts(null)).isFalse();
  }
}
