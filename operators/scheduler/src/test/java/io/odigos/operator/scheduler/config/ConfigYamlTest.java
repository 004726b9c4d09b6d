package io.odigos.operator.scheduler.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigYamlTest {
  private final EffectiveConfigCalculator calculator =
      new EffectiveConfigCalculator("odigos-system");

  private static List<String> problemsOf(String yaml) {
    try {
      ConfigYaml.parse(yaml);
    } catch (InvalidConfigurationException e) {
      return e.problems();
    }
    throw new AssertionError("expected a parse failure for:\n" + yaml);
  }

  @Test
  void nothingOrBlankIsTheEmptyConfiguration() throws Exception {
    assertThat(ConfigYaml.parse(null).configuration()).isEqualTo(OdigosConfiguration.empty());
    assertThat(ConfigYaml.parse(" \n").configuration()).isEqualTo(OdigosConfiguration.empty());
    assertThat(ConfigYaml.parse("~").configuration()).isEqualTo(OdigosConfiguration.empty());
  }

  @Test
  void readsUpstreamKeyNames() throws Exception {
    OdigosConfiguration c =
        ConfigYaml.parse(
                """
                configVersion: 1
                ignoredNamespaces: [a, b]
                profiles: [size_m]
                resourceSizePreset: size_m
                collectorGateway:
                  minReplicas: 2
                  requestCPUm: 100
                  limitCPUm: 200
                  goMemLimitMiB: 300
                collectorNode:
                  collectorOwnMetricsPort: 9999
                """)
            .configuration();
    assertThat(c.configVersion()).isEqualTo(1);
    assertThat(c.ignoredNamespaces()).containsExactly("a", "b");
    assertThat(c.profiles()).containsExactly("size_m");
    assertThat(c.collectorGateway().minReplicas()).isEqualTo(2);
    assertThat(c.collectorGateway().requestCPUm()).isEqualTo(100);
    assertThat(c.collectorGateway().limitCPUm()).isEqualTo(200);
    assertThat(c.collectorGateway().goMemLimitMiB()).isEqualTo(300);
    assertThat(c.collectorNode().collectorOwnMetricsPort()).isEqualTo(9999);
  }

  @Test
  void aSingleValueIsAcceptedWhereAListIsExpected() throws Exception {
    assertThat(ConfigYaml.parse("ignoredNamespaces: team-a").configuration().ignoredNamespaces())
        .containsExactly("team-a");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> readYaml(String yaml) throws Exception {
    return new ObjectMapper(new YAMLFactory()).readValue(yaml, Map.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void keysTheModelDoesNotKnowSurviveIntoTheEffectiveDocument() throws Exception {
    String effective =
        calculator.render(
            """
            uiMode: readonly
            rollout:
              automaticRolloutDisabled: true
            collectorGateway:
              serviceGraph: {disabled: true}
              minReplicas: 2
            """);
    Map<String, Object> doc = readYaml(effective);
    assertThat(doc).containsEntry("uiMode", "readonly");
    assertThat(doc.get("rollout")).isEqualTo(Map.of("automaticRolloutDisabled", true));
    assertThat((Map<String, Object>) doc.get("collectorGateway"))
        .containsEntry("serviceGraph", Map.of("disabled", true))
        .containsEntry("minReplicas", 2)
        .containsEntry("maxReplicas", 10);
    assertThat(doc).containsEntry("resourceSizePreset", "size_s");
  }

  @Test
  void theEffectiveDocumentReadsBackToTheEffectiveConfiguration() throws Exception {
    String user = "profiles: [size_m]\nignoredNamespaces: [team-a]\n";
    String effective = calculator.render(user);
    assertThat(ConfigYaml.parse(effective).configuration())
        .isEqualTo(calculator.compute(ConfigYaml.parse(user).configuration()));
    assertThat(calculator.render(user)).as("deterministic").isEqualTo(effective);
    assertThat(effective).doesNotStartWith("---");
  }

  @Test
  void brokenYamlIsReportedWithItsPlaceButNotItsText() {
    List<String> problems =
        problemsOf("centralBackendURL: https://x\noidc:\n  clientSecret: s3cr3t-value: oops\n");
    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith("config.yaml is not valid YAML: ")
        .contains("line 3")
        .doesNotContain("s3cr3t")
        .doesNotContain("oops");
  }

  @Test
  void anUnclosedListIsReported() {
    assertThat(problemsOf("ignoredNamespaces: [a, b\nprofiles: [c]\n"))
        .singleElement()
        .asString()
        .startsWith("config.yaml is not valid YAML");
  }

  @Test
  void aValueOfTheWrongKindNamesTheKeyButNotTheValue() {
    assertThat(problemsOf("collectorGateway:\n  minReplicas: hunter2\n"))
        .containsExactly("collectorGateway.minReplicas must be a whole number");
    assertThat(problemsOf("telemetryEnabled: maybe-secret"))
        .containsExactly("telemetryEnabled must be true or false");
    assertThat(problemsOf("profiles: [{a: b}]"))
        .containsExactly("profiles[0] must be a text value");
    assertThat(problemsOf("collectorNode: [1, 2]"))
        .containsExactly("collectorNode must be a mapping");
    assertThat(problemsOf("collectorGateway: {minReplicas: 1.5}"))
        .containsExactly("collectorGateway.minReplicas must be a whole number");
  }

  @Test
  void aNumberTooLargeIsReported() {
    assertThat(problemsOf("collectorGateway: {maxReplicas: 99999999999999}"))
        .containsExactly("collectorGateway.maxReplicas is out of range");
  }

  @Test
  void aDocumentThatIsNotAMappingIsReported() {
    assertThat(problemsOf("- a\n- b\n"))
        .containsExactly("config.yaml must be a mapping of settings, not a list");
    assertThat(problemsOf("just words"))
        .containsExactly("config.yaml must be a mapping of settings, not a single value");
  }
}
