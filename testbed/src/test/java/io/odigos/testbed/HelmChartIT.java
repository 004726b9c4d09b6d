package io.odigos.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.Release;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chart as users install it: {@code helm install} into a real API server that has no Odigos
 * CRDs yet puts every CRD in place, after which Odigos resources are accepted.
 */
class HelmChartIT {
  private static final Logger log = LoggerFactory.getLogger(HelmChartIT.class);
  private static final TestbedLayout layout = TestbedLayout.discover();
  private static final Path chart = layout.repoRoot().resolve("helm/odigos");
  private static ApiServer bare;

  @BeforeAll
  static void startServerWithoutCrds() {
    bare = ApiServer.startWithoutCrds(layout);
  }

  @AfterAll
  static void stopServer() {
    if (bare != null) {
      bare.close();
    }
  }

  @Test
  void chartPassesStrictLint() {
    LintResult result = new Helm(chart).lint().strict().call();
    assertThat(result.isFailed())
        .as("helm lint --strict:%n%s", String.join("\n", result.getMessages()))
        .isFalse();
  }

  @Test
  void helmInstallCreatesEveryOdigosCrd() throws Exception {
    var crdApi = bare.client().apiextensions().v1().customResourceDefinitions();
    assertThat(crdApi.withName("sources.odigos.io").get())
        .as("no CRDs before the install")
        .isNull();

    Release release =
        new Helm(chart)
            .install()
            .withName("odigos")
            .withNamespace("odigos-system")
            .createNamespace()
            .withKubeConfigContents(bare.kubeconfigYaml())
            .waitReady()
            .call();
    log.info(
        "helm install: release {} in {} is {}",
        release.getName(),
        release.getNamespace(),
        release.getStatus());
    assertThat(release.getStatus()).isEqualTo("deployed");

    for (String name : CrdSchemaIT.CRD_NAMES) {
      crdApi.withName(name).waitUntilCondition(ApiServer::established, 60, TimeUnit.SECONDS);
    }
    GenericKubernetesResource source;
    try (InputStream in = getClass().getResourceAsStream("/samples/source.yaml")) {
      source = Serialization.unmarshal(in, GenericKubernetesResource.class);
    }
    assertThat(bare.client().resource(source).create().getMetadata().getUid()).isNotBlank();

    // the node collectors' identity: read-only access to pod metadata and kubelet stats
    assertThat(
            bare.client()
                .serviceAccounts()
                .inNamespace("odigos-system")
                .withName("odigos-data-collection")
                .get())
        .isNotNull();
    var role = bare.client().rbac().clusterRoles().withName("odigos-data-collection").get();
    assertThat(role.getRules())
        .flatExtracting(io.fabric8.kubernetes.api.model.rbac.PolicyRule::getVerbs)
        .containsOnly("get", "list", "watch");

    // the operators' identities: no wildcard anywhere (the operators' own tests run as them)
    for (String operator : java.util.List.of("instrumentor", "scheduler", "autoscaler")) {
      String name = "odigos-" + operator;
      assertThat(bare.client().serviceAccounts().inNamespace("odigos-system").withName(name).get())
          .isNotNull();
      var rules =
          new java.util.ArrayList<>(
              bare.client().rbac().clusterRoles().withName(name).get().getRules());
      rules.addAll(
          bare.client()
              .rbac()
              .roles()
              .inNamespace("odigos-system")
              .withName(name)
              .get()
              .getRules());
      assertThat(rules)
          .allSatisfy(
              r -> {
                assertThat(r.getVerbs()).doesNotContain("*");
                assertThat(r.getResources()).doesNotContain("*");
                assertThat(r.getApiGroups()).doesNotContain("*");
              });
    }
  }
}
