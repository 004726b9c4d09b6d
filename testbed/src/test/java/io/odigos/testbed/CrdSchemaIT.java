package io.odigos.testbed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.odigos.model.actions.v1alpha1.LegacyActions;
import io.odigos.model.v1alpha1.Action;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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
          "Sampling",
          // the legacy actions.odigos.io kinds, one per action or sampler
          "AddClusterInfo",
          "DeleteAttribute",
          "RenameAttribute",
          "PiiMasking",
          "K8sAttributesResolver",
          "ErrorSampler",
          "LatencySampler",
          "ProbabilisticSampler",
          "ServiceNameSampler",
          "SpanAttributeSampler");

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
          "samplings.odigos.io",
          "addclusterinfos.actions.odigos.io",
          "deleteattributes.actions.odigos.io",
          "renameattributes.actions.odigos.io",
          "piimaskings.actions.odigos.io",
          "k8sattributesresolvers.actions.odigos.io",
          "errorsamplers.actions.odigos.io",
          "latencysamplers.actions.odigos.io",
          "probabilisticsamplers.actions.odigos.io",
          "servicenamesamplers.actions.odigos.io",
          "spanattributesamplers.actions.odigos.io");

  /**
   * Samples of a kind beyond its main one, for payloads that one manifest cannot show together (an
   * Action carries a single payload): sample file name (without .yaml) and kind.
   */
  static final Map<String, String> EXTRA_SAMPLES = Map.of("action-samplers", "Action");

  /**
   * Every sample (file name without .yaml, and the kind it holds): {@code <kind lowercase>} for
   * each of {@link #KINDS}, then the {@link #EXTRA_SAMPLES}. Each has an {@code -invalid} twin. The
   * apiVersion comes from the sample itself ({@code odigos.io/v1alpha1} or {@code
   * actions.odigos.io/v1alpha1}).
   */
  static Stream<Arguments> samples() {
    return Stream.concat(
        KINDS.stream().map(kind -> Arguments.of(kind.toLowerCase(), kind)),
        EXTRA_SAMPLES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue())));
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
      // <plural>.<group>: odigos.io, or actions.odigos.io for the legacy action kinds
      assertThat(crd.getSpec().getGroup()).isEqualTo(name.substring(name.indexOf('.') + 1));
      assertThat(crd.getSpec().getVersions())
          .anyMatch(v -> v.getName().equals("v1alpha1") && v.getServed());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void upstreamStyleManifestIsAccepted(String name, String kind, KubernetesClient client)
      throws Exception {
    GenericKubernetesResource sample = load(name + ".yaml");
    assertThat(sample.getKind()).isEqualTo(kind);
    GenericKubernetesResource created = client.resource(sample).create();
    assertThat(created.getMetadata().getUid()).isNotBlank();
    // what the server stored must still carry the spec as written: nothing was pruned as unknown
    assertThat(created.getAdditionalProperties().get("spec"))
        .isEqualTo(sample.getAdditionalProperties().get("spec"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void malformedManifestIsRejectedByTheServerSchema(
      String name, String kind, KubernetesClient client) throws Exception {
    String file = name + "-invalid.yaml";
    GenericKubernetesResource bad = load(file);
    assertThat(bad.getKind()).isEqualTo(kind);
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

  /** The legacy kinds of {@link #KINDS}: those of the actions.odigos.io group. */
  static Stream<String> legacyKinds() {
    return KINDS.stream()
        .filter(kind -> CRD_NAMES.get(KINDS.indexOf(kind)).endsWith(".actions.odigos.io"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("legacyKinds")
  void legacyManifestConvertsToAnActionTheServerAccepts(String kind, KubernetesClient client)
      throws Exception {
    Class<? extends HasMetadata> type =
        Class.forName("io.odigos.model.actions.v1alpha1." + kind).asSubclass(HasMetadata.class);
    HasMetadata legacy;
    try (InputStream in =
        getClass().getResourceAsStream("/samples/" + kind.toLowerCase() + ".yaml")) {
      legacy = io.fabric8.kubernetes.client.utils.Serialization.unmarshal(in, type);
    }
    Action action = LegacyActions.toAction(legacy);
    // another namespace than the samples', so that no sample Action has the same name
    action.getMetadata().setNamespace("default");
    Action created = client.resources(Action.class).resource(action).create();
    assertThat(created.getMetadata().getUid()).isNotBlank();
    assertThat(created.getMetadata().getName()).isEqualTo(legacy.getMetadata().getName());
  }

  private static GenericKubernetesResource load(String name) throws Exception {
    try (InputStream in = CrdSchemaIT.class.getResourceAsStream("/samples/" + name)) {
      assertThat(in).as("sample " + name).isNotNull();
      return io.fabric8.kubernetes.client.utils.Serialization.unmarshal(
          in, GenericKubernetesResource.class);
    }
  }
}
