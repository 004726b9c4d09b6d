package io.odigos.testbed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proof that the CRDs generated from the model are real: the real API server establishes each,
 * accepts an upstream-style manifest of each kind and rejects a malformed one through its own
 * schema validation.
 */
@WithRealApiServer
class CrdSchemaIT {
  private static final Logger log = LoggerFactory.getLogger(CrdSchemaIT.class);

  static final List<String> KINDS =
      List.of(
          "Source",
          "Destination",
          "InstrumentationConfig",
          "InstrumentationInstance",
          "CollectorsGroup",
          "Processor",
          "Action",
          "InstrumentationRule",
          "Sampling");

  /** The CRD names of {@link #KINDS}, as the chart must install them. */
  static final List<String> CRD_NAMES =
      List.of(
          "sources.odigos.io",
          "destinations.odigos.io",
          "instrumentationconfigs.odigos.io",
          "instrumentationinstances.odigos.io",
          "collectorsgroups.odigos.io",
          "processors.odigos.io",
          "actions.odigos.io",
          "instrumentationrules.odigos.io",
          "samplings.odigos.io");

  static Stream<String> kinds() {
    return KINDS.stream();
  }

  @BeforeAll
  static void namespaces(KubernetesClient client) {
    for (String ns : List.of("odigos-system", "default")) {
      if (client.namespaces().withName(ns).get() == null) {
        client
            .namespaces()
            .resource(
                new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                    .withNewMetadata()
                    .withName(ns)
                    .endMetadata()
                    .build())
            .create();
      }
    }
  }

  @Test
  void serverIsTheRealKubeApiServerOfThePinnedVersion(ApiServer server) {
    log.info("kube-apiserver reports version {}", server.gitVersion());
    assertThat(server.gitVersion()).isEqualTo("v" + TestbedLayout.discover().kubernetesVersion());
  }

  @Test
  void everyOdigosCrdIsEstablished(ApiServer server) {
    assertThat(server.crdNames()).containsAll(CRD_NAMES);
    for (String name : CRD_NAMES) {
      var crd =
          server.client().apiextensions().v1().customResourceDefinitions().withName(name).get();
      assertThat(crd.getSpec().getGroup()).isEqualTo("odigos.io");
      assertThat(crd.getSpec().getVersions())
          .anyMatch(v -> v.getName().equals("v1alpha1") && v.getServed());
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void upstreamStyleManifestIsAccepted(String kind, KubernetesClient client) throws Exception {
    GenericKubernetesResource sample = load(kind.toLowerCase() + ".yaml");
    assertThat(sample.getKind()).isEqualTo(kind);
    GenericKubernetesResource created = client.resource(sample).create();
    assertThat(created.getMetadata().getUid()).isNotBlank();
    // what the server stored must still carry the spec as written: nothing was pruned as unknown
    assertThat(created.getAdditionalProperties().get("spec"))
        .isEqualTo(sample.getAdditionalProperties().get("spec"));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void malformedManifestIsRejectedByTheServerSchema(String kind, KubernetesClient client)
      throws Exception {
    String file = kind.toLowerCase() + "-invalid.yaml";
    GenericKubernetesResource bad = load(file);
    assertThatThrownBy(() -> client.resource(bad).create())
        .isInstanceOf(KubernetesClientException.class)
        .satisfies(
            e -> {
              var kce = (KubernetesClientException) e;
              log.info(
                  "{} rejected as expected: {}",
                  file,
                  kce.getStatus() == null ? kce.getMessage() : kce.getStatus().getMessage());
              assertThat(kce.getCode()).isEqualTo(422);
            });
  }

  private static GenericKubernetesResource load(String name) throws Exception {
    try (InputStream in = CrdSchemaIT.class.getResourceAsStream("/samples/" + name)) {
      assertThat(in).as("sample " + name).isNotNull();
      return io.fabric8.kubernetes.client.utils.Serialization.unmarshal(
          in, GenericKubernetesResource.class);
    }
  }
}
