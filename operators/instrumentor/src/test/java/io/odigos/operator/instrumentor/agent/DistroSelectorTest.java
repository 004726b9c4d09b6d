package io.odigos.operator.instrumentor.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.model.v1alpha1.AgentEnabledReason;
import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.operator.instrumentor.agent.DistroSelector.Rejected;
import io.odigos.operator.instrumentor.agent.DistroSelector.Supported;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DistroSelectorTest {

  @ParameterizedTest
  @CsvSource({
    "JAVA, 17.0.2, java-community",
    "JAVA, 1.8.0_292, java-community",
    "JAVA, 8, java-community",
    "JAVA, 21-ea, java-community",
    "JAVA, 11.0.20+8, java-community",
    "JAVASCRIPT, v14.0.0, nodejs-community",
    "JAVASCRIPT, 20.11.1, nodejs-community",
    "PYTHON, 3.8, python-community",
    "PYTHON, 3.12.1, python-community",
    "DOTNET, 6.0.1, dotnet-community",
    "DOTNET, 8.0, dotnet-community",
    "GO, go1.21.0, golang-community",
    "GO, 1.22.3, golang-community",
  })
  void supportedRuntimesGetTheirDistro(
      ProgrammingLanguage language, String version, String distro) {
    assertThat(DistroSelector.select(language, version)).isEqualTo(new Supported(distro));
  }

  @ParameterizedTest
  @CsvSource({
    "JAVA, 1.7.0_80, 'Java 1.7.0_80 is too old: java-community needs Java 8 or newer'",
    "JAVASCRIPT, v12.22.12, 'Node.js v12.22.12 is too old: nodejs-community needs Node.js 14 or newer'",
    "PYTHON, 2.7.18, 'Python 2.7.18 is too old: python-community needs Python 3.8 or newer'",
    "PYTHON, 3.7.9, 'Python 3.7.9 is too old: python-community needs Python 3.8 or newer'",
    "DOTNET, 5.0.17, '.NET 5.0.17 is too old: dotnet-community needs .NET 6 or newer'",
    "GO, go1.20.14, 'Go go1.20.14 is too old: golang-community needs Go 1.21 or newer'",
  })
  void oldRuntimesAreRejectedWithTheMinimum(
      ProgrammingLanguage language, String version, String message) {
    assertThat(DistroSelector.select(language, version))
        .isEqualTo(new Rejected(AgentEnabledReason.UNSUPPORTED_RUNTIME_VERSION, message));
  }

  @Test
  void anUnreadableVersionIsRejectedButAMissingOneIsNot() {
    assertThat(DistroSelector.select(ProgrammingLanguage.PYTHON, "snake"))
        .isInstanceOfSatisfying(
            Rejected.class,
            r -> {
              assertThat(r.reason()).isEqualTo(AgentEnabledReason.UNSUPPORTED_RUNTIME_VERSION);
              assertThat(r.message()).contains("cannot read the Python version 'snake'");
            });
    assertThat(DistroSelector.select(ProgrammingLanguage.PYTHON, null))
        .isEqualTo(new Supported("python-community"));
    assertThat(DistroSelector.select(ProgrammingLanguage.GO, " "))
        .isEqualTo(new Supported("golang-community"));
  }

  @ParameterizedTest
  @EnumSource(
      value = ProgrammingLanguage.class,
      names = {
        "PHP",
        "RUBY",
        "RUST",
        "CPLUSPLUS",
        "NGINX",
        "MYSQL",
        "REDIS",
        "POSTGRES",
        "UNKNOWN",
        "ANY"
      })
  void otherLanguagesHaveNoAgent(ProgrammingLanguage language) {
    assertThat(DistroSelector.select(language, "1.0"))
        .isInstanceOfSatisfying(
            Rejected.class,
            r -> {
              assertThat(r.reason()).isEqualTo(AgentEnabledReason.UNSUPPORTED_PROGRAMMING_LANGUAGE);
              assertThat(r.message()).contains("'" + language.wireName() + "'");
            });
    assertThat(DistroSelector.hasDistro(language)).isFalse();
  }

  @Test
  void ignoredRuntimesAreIgnoredContainers() {
    assertThat(DistroSelector.select(ProgrammingLanguage.IGNORED, ""))
        .extracting(c -> ((Rejected) c).reason())
        .isEqualTo(AgentEnabledReason.IGNORED_CONTAINER);
    assertThat(DistroSelector.select(null, "1"))
        .extracting(c -> ((Rejected) c).reason())
        .isEqualTo(AgentEnabledReason.UNSUPPORTED_PROGRAMMING_LANGUAGE);
  }

  @Test
  void distroNamesMapBackToTheirLanguage() {
    assertThat(DistroSelector.distroNames())
        .containsExactly(
            "dotnet-community",
            "golang-community",
            "java-community",
            "nodejs-community",
            "python-community");
    assertThat(DistroSelector.languageOf("nodejs-community"))
        .contains(ProgrammingLanguage.JAVASCRIPT);
    assertThat(DistroSelector.languageOf("java-enterprise")).isEmpty();
  }
}
