package io.odigos.operator.scheduler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EffectiveConfigCalculatorTest {
  private static final String NS = "odigos-test";
  private final EffectiveConfigCalculator calculator = new EffectiveConfigCalculator(NS);

  private OdigosConfiguration compute(String userYaml) throws InvalidConfigurationException {
    return calculator.compute(ConfigYaml.parse(userYaml).configuration());
  }

  private List<String> problemsOf(String userYaml) {
    try {
      compute(userYaml);
    } catch (InvalidConfigurationException e) {
      return e.problems();
    }
    throw new AssertionError("expected the configuration to be rejected:\n" + userYaml);
  }

  @Nested
  class Defaults {
    @Test
    void noUserConfigurationGivesTheDefaults() throws Exception {
      OdigosConfiguration c = calculator.compute(null);
      assertThat(c.ignoredNamespaces())
          .containsExactly(
              "kube-system",
              "local-path-storage",
              "istio-system",
              "linkerd",
              "kube-node-lease",
              NS);
      assertThat(c.ignoredContainers())
          .containsExactly(
              "istio-proxy",
              "vault-agent",
              "filebeat",
              "linkerd-proxy",
              "fluentd",
              "akeyless-init");
      assertThat(c.profiles()).isEmpty();
      assertThat(c.telemetryEnabled()).isFalse();
      assertThat(c.resourceSizePreset()).isEqualTo("size_s");
      assertGateway(c.collectorGateway(), 1, 10, SizePreset.SIZE_S.gateway());
      assertThat(c.collectorNode().sizes()).isEqualTo(SizePreset.SIZE_S.node());
    }

    @Test
    void anEmptyDocumentIsTheSameAsNoConfiguration() throws Exception {
      assertThat(compute("")).isEqualTo(calculator.compute(null));
      assertThat(compute("# nothing here\n")).isEqualTo(calculator.compute(null));
      assertThat(compute("{}")).isEqualTo(calculator.compute(OdigosConfiguration.empty()));
    }

    @Test
    void userNamespacesComeFirstAndTheDefaultsAreAlwaysAdded() throws Exception {
      OdigosConfiguration c =
          compute("ignoredNamespaces: [team-a, kube-system, ' ', team-a, team-b]\n");
      assertThat(c.ignoredNamespaces())
          .containsExactly(
              "team-a",
              "kube-system",
              "team-b",
              "local-path-storage",
              "istio-system",
              "linkerd",
              "kube-node-lease",
              NS);
    }

    @Test
    void theOdigosNamespaceIsLeftOutOnlyWhenTheUserSaysSo() throws Exception {
      assertThat(compute("ignoreOdigosNamespace: true").ignoredNamespaces()).contains(NS);
      assertThat(
              compute("ignoreOdigosNamespace: false\nignoredNamespaces: [odigos-test]")
                  .ignoredNamespaces())
          .doesNotContain(NS)
          .contains("kube-system");
    }

    @Test
    void userContainersAreMergedWithTheDefaults() throws Exception {
      assertThat(compute("ignoredContainers: [envoy, istio-proxy]").ignoredContainers())
          .startsWith("envoy", "istio-proxy")
          .contains("vault-agent", "linkerd-proxy")
          .doesNotHaveDuplicates();
    }

    @Test
    void settingsTheSchedulerDoesNotResolveAreKept() throws Exception {
      OdigosConfiguration c =
          compute(
              """
              configVersion: 3
              telemetryEnabled: true
              openshiftEnabled: true
              clusterName: prod-eu
              collectorGateway:
                clusterMetricsEnabled: true
                httpsProxyAddress: http://proxy:3128
                nodeSelector: {pool: observability}
                deploymentName: my-gateway
              collectorNode:
                collectorOwnMetricsPort: 55000
                k8sNodeLogsDirectory: /mnt/logs
                enableDataCompression: true
              """);
      assertThat(c.configVersion()).isEqualTo(3);
      assertThat(c.telemetryEnabled()).isTrue();
      assertThat(c.openshiftEnabled()).isTrue();
      assertThat(c.clusterName()).isEqualTo("prod-eu");
      assertThat(c.collectorGateway().clusterMetricsEnabled()).isTrue();
      assertThat(c.collectorGateway().httpsProxyAddress()).isEqualTo("http://proxy:3128");
      assertThat(c.collectorGateway().nodeSelector()).isEqualTo(Map.of("pool", "observability"));
      assertThat(c.collectorGateway().deploymentName()).isEqualTo("my-gateway");
      assertThat(c.collectorNode().collectorOwnMetricsPort()).isEqualTo(55000);
      assertThat(c.collectorNode().k8sNodeLogsDirectory()).isEqualTo("/mnt/logs");
      assertThat(c.collectorNode().enableDataCompression()).isTrue();
    }

    @Test
    void computingTheEffectiveConfigurationAgainChangesNothing() throws Exception {
      OdigosConfiguration once =
          compute(
              """
              ignoredNamespaces: [team-a]
              ignoreOdigosNamespace: false
              profiles: [size_m, allow_concurrent_agents]
              collectorGateway: {limitMemoryMiB: 900, requestMemoryMiB: 700}
              collectorNode: {requestCPUm: 100}
              """);
      assertThat(calculator.compute(once)).isEqualTo(once);
    }
  }

  @Nested
  class Sizing {
    @ParameterizedTest
    @EnumSource(SizePreset.class)
    void eachPresetSizesBothTiers(SizePreset preset) throws Exception {
      OdigosConfiguration c = compute("resourceSizePreset: " + preset.wireName());
      assertThat(c.resourceSizePreset()).isEqualTo(preset.wireName());
      assertGateway(
          c.collectorGateway(),
          preset.gatewayMinReplicas(),
          preset.gatewayMaxReplicas(),
          preset.gateway());
      assertThat(c.collectorNode().sizes()).isEqualTo(preset.node());
    }

    @Test
    void presetNumbersFollowUpstream() {
      assertThat(SizePreset.SIZE_S.gateway())
          .isEqualTo(new ResourceSizes(300, 300, 150, 300, 250, 50, 200));
      assertThat(SizePreset.SIZE_M.node())
          .isEqualTo(new ResourceSizes(250, 500, 250, 500, 450, 90, 360));
      assertThat(SizePreset.SIZE_L.gateway())
          .isEqualTo(new ResourceSizes(850, 850, 750, 1250, 800, 160, 640));
      assertThat(SizePreset.SIZE_L.gatewayMinReplicas()).isEqualTo(3);
      assertThat(SizePreset.SIZE_L.gatewayMaxReplicas()).isEqualTo(12);
    }

    @Test
    void theFormerSizingConfigKeyStillWorksAndTheNewKeyWins() throws Exception {
      assertThat(compute("sizingConfig: size_m").resourceSizePreset()).isEqualTo("size_m");
      assertThat(compute("sizingConfig: size_m\nresourceSizePreset: size_l").resourceSizePreset())
          .isEqualTo("size_l");
    }

    @Test
    void explicitValuesWinOverThePreset() throws Exception {
      OdigosConfiguration c =
          compute(
              """
              resourceSizePreset: size_l
              collectorGateway: {minReplicas: 2, requestCPUm: 600}
              collectorNode: {limitCPUm: 2000}
              """);
      assertThat(c.collectorGateway().minReplicas()).isEqualTo(2);
      assertThat(c.collectorGateway().maxReplicas()).isEqualTo(12);
      assertThat(c.collectorGateway().requestCPUm()).isEqualTo(600);
      assertThat(c.collectorGateway().limitCPUm()).isEqualTo(1250);
      assertThat(c.collectorNode().limitCPUm()).isEqualTo(2000);
      assertThat(c.collectorNode().requestCPUm()).isEqualTo(500);
    }

    @Test
    void zeroMeansNotSet() throws Exception {
      OdigosConfiguration c = compute("collectorGateway: {minReplicas: 0, limitMemoryMiB: 0}");
      assertThat(c.collectorGateway().minReplicas()).isEqualTo(1);
      assertThat(c.collectorGateway().limitMemoryMiB()).isEqualTo(300);
    }

    @Test
    void aUserMemoryLimitMovesTheLimiterWithIt() throws Exception {
      ResourceSizes s =
          compute("collectorNode: {requestMemoryMiB: 512, limitMemoryMiB: 1024}")
              .collectorNode()
              .sizes();
      assertThat(s).isEqualTo(new ResourceSizes(512, 1024, 150, 300, 974, 194, 779));
    }

    @Test
    void aUserLimiterLimitDerivesTheSpikeAndGoMemLimitButExplicitOnesWin() throws Exception {
      ResourceSizes s =
          compute("collectorGateway: {memoryLimiterLimitMiB: 200, goMemLimitMiB: 150}")
              .collectorGateway()
              .sizes();
      assertThat(s.memoryLimiterLimitMiB()).isEqualTo(200);
      assertThat(s.memoryLimiterSpikeLimitMiB()).isEqualTo(40);
      assertThat(s.goMemLimitMiB()).isEqualTo(150);
      assertThat(s.limitMemoryMiB()).isEqualTo(300);
    }
  }

  @Nested
  class Profiles {
    @Test
    void aSizeProfilePicksThePresetAndTheLargestListedWins() throws Exception {
      assertThat(compute("profiles: [size_m]").resourceSizePreset()).isEqualTo("size_m");
      assertThat(compute("profiles: [size_l, size_s]").resourceSizePreset()).isEqualTo("size_l");
      assertThat(compute("profiles: [size_s, size_m]").collectorGateway().minReplicas())
          .isEqualTo(2);
    }

    @Test
    void anExplicitPresetWinsOverASizeProfile() throws Exception {
      assertThat(compute("profiles: [size_l]\nresourceSizePreset: size_s").resourceSizePreset())
          .isEqualTo("size_s");
    }

    @Test
    void profilesFillSettingsTheUserLeftUnset() throws Exception {
      OdigosConfiguration c =
          compute(
              "profiles: [allow_concurrent_agents, mount-method-k8s-host-path,"
                  + " pod-manifest-env-var-injection, avoid-java-opts-env-var]");
      assertThat(c.allowConcurrentAgents()).isTrue();
      assertThat(c.mountMethod()).isEqualTo("k8s-host-path");
      assertThat(c.agentEnvVarsInjectionMethod()).isEqualTo("pod-manifest");
      assertThat(c.avoidInjectingJavaOptsEnvVar()).isTrue();
      assertThat(c.profiles())
          .containsExactly(
              "allow_concurrent_agents",
              "mount-method-k8s-host-path",
              "pod-manifest-env-var-injection",
              "avoid-java-opts-env-var");
    }

    @Test
    void anExplicitSettingWinsOverAProfile() throws Exception {
      OdigosConfiguration c =
          compute(
              """
              profiles: [allow_concurrent_agents, mount-method-k8s-virtual-device]
              allowConcurrentAgents: false
              mountMethod: k8s-host-path
              """);
      assertThat(c.allowConcurrentAgents()).isFalse();
      assertThat(c.mountMethod()).isEqualTo("k8s-host-path");
    }

    @Test
    void betweenTwoProfilesTheFirstListedWins() throws Exception {
      assertThat(
              compute("profiles: [mount-method-k8s-virtual-device, mount-method-k8s-host-path]")
                  .mountMethod())
          .isEqualTo("k8s-virtual-device");
      assertThat(
              compute(
                      "profiles: [loader-fallback-to-pod-manifest-env-var-injection,"
                          + " pod-manifest-env-var-injection]")
                  .agentEnvVarsInjectionMethod())
          .isEqualTo("loader-fallback-to-pod-manifest");
    }

    @Test
    void aProfileListedTwiceCountsOnce() throws Exception {
      assertThat(compute("profiles: [size_m, size_m, ' size_m ']").profiles())
          .containsExactly("size_m");
    }

    @Test
    void unknownProfilesAreAllListed() {
      assertThat(problemsOf("profiles: [size_m, turbo, full-speed]"))
          .hasSize(2)
          .allSatisfy(p -> assertThat(p).contains("known profiles: size_s, size_m, size_l"))
          .anySatisfy(p -> assertThat(p).startsWith("unknown profile 'turbo'"))
          .anySatisfy(p -> assertThat(p).startsWith("unknown profile 'full-speed'"));
    }
  }

  @Nested
  class Rejected {
    @Test
    void unknownSizePreset() {
      assertThat(problemsOf("resourceSizePreset: size_xl"))
          .containsExactly(
              "resourceSizePreset 'size_xl' is not a size preset; use size_s, size_m or size_l");
      assertThat(problemsOf("sizingConfig: huge"))
          .singleElement()
          .asString()
          .startsWith("sizingConfig 'huge'");
    }

    @Test
    void negativeNumbers() {
      assertThat(
              problemsOf(
                  "collectorGateway: {minReplicas: -1, requestMemoryMiB: -5}\n"
                      + "collectorNode: {limitCPUm: -100}"))
          .containsExactlyInAnyOrder(
              "collectorGateway.minReplicas must not be negative (got -1)",
              "collectorGateway.requestMemoryMiB must not be negative (got -5)",
              "collectorNode.limitCPUm must not be negative (got -100)");
    }

    @Test
    void minReplicasAboveMaxReplicas() {
      assertThat(problemsOf("collectorGateway: {minReplicas: 4, maxReplicas: 2}"))
          .singleElement()
          .asString()
          .startsWith("collectorGateway.minReplicas (4) is greater than maxReplicas (2)");
    }

    @Test
    void minReplicasAboveThePresetMaximumNamesThePreset() {
      assertThat(problemsOf("resourceSizePreset: size_l\ncollectorGateway: {maxReplicas: 2}"))
          .containsExactly(
              "collectorGateway.minReplicas (3) is greater than maxReplicas (2)"
                  + " (values you did not set come from the size_l preset)");
    }

    @Test
    void requestsAboveLimits() {
      assertThat(
              problemsOf(
                  "collectorNode: {requestMemoryMiB: 400}\ncollectorGateway: {requestCPUm: 900}"))
          .containsExactlyInAnyOrder(
              "collectorGateway.requestCPUm (900) is greater than limitCPUm (300)"
                  + " (values you did not set come from the size_s preset)",
              "collectorNode.requestMemoryMiB (400) is greater than limitMemoryMiB (300)"
                  + " (values you did not set come from the size_s preset)");
    }

    @Test
    void aMemoryLimitTooSmallForTheLimiter() {
      assertThat(problemsOf("collectorNode: {requestMemoryMiB: 20, limitMemoryMiB: 40}"))
          .anySatisfy(
              p ->
                  assertThat(p)
                      .startsWith(
                          "collectorNode.memoryLimiterLimitMiB works out to -10; it must be positive"));
    }

    @Test
    void aSpikeLimitNotBelowTheLimiterLimit() {
      assertThat(
              problemsOf(
                  "collectorGateway: {memoryLimiterLimitMiB: 200, memoryLimiterSpikeLimitMiB: 200}"))
          .singleElement()
          .asString()
          .startsWith(
              "collectorGateway.memoryLimiterSpikeLimitMiB (200) must be below memoryLimiterLimitMiB (200)");
    }

    @Test
    void unsupportedEnumeratedSettings() {
      assertThat(problemsOf("mountMethod: nfs\nagentEnvVarsInjectionMethod: magic"))
          .containsExactly(
              "mountMethod 'nfs' is not supported; use one of k8s-host-path, k8s-virtual-device,"
                  + " k8s-init-container",
              "agentEnvVarsInjectionMethod 'magic' is not supported; use one of loader,"
                  + " pod-manifest, loader-fallback-to-pod-manifest");
    }

    @Test
    void aPortOutOfRange() {
      assertThat(problemsOf("collectorNode: {collectorOwnMetricsPort: 70000}"))
          .containsExactly(
              "collectorNode.collectorOwnMetricsPort must be a port number (1-65535), not 70000");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
      assertThatThrownBy(
              () ->
                  compute(
                      "profiles: [nope]\nresourceSizePreset: xxl\n"
                          + "collectorGateway: {maxReplicas: -3}"))
          .isInstanceOf(InvalidConfigurationException.class)
          .hasMessageContaining("unknown profile 'nope'")
          .hasMessageContaining("resourceSizePreset 'xxl'")
          .hasMessageContaining("collectorGateway.maxReplicas must not be negative")
          .satisfies(e -> assertThat(((InvalidConfigurationException) e).problems()).hasSize(3));
    }
  }

  private static void assertGateway(
      CollectorGatewayConfiguration gateway, int min, int max, ResourceSizes sizes) {
    assertThat(gateway.minReplicas()).isEqualTo(min);
    assertThat(gateway.maxReplicas()).isEqualTo(max);
    assertThat(gateway.sizes()).isEqualTo(sizes);
  }
}
