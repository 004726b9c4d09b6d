package io.odigos.model.actions.v1alpha1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.CustomResource;
import io.odigos.model.v1alpha1.Action;
import io.odigos.model.v1alpha1.ActionSpec;
import io.odigos.model.v1alpha1.AddClusterInfoConfig.ClusterAttribute;
import io.odigos.model.v1alpha1.K8sAttributesConfig.AnnotationAttribute;
import io.odigos.model.v1alpha1.K8sAttributesConfig.LabelAttribute;
import io.odigos.model.v1alpha1.K8sAttributesConfig.MetadataSource;
import io.odigos.model.v1alpha1.ObservabilitySignal;
import io.odigos.model.v1alpha1.PiiMaskingConfig.PiiCategory;
import io.odigos.model.v1alpha1.SamplersConfig;
import io.odigos.model.v1alpha1.SamplersConfig.AttributeCondition;
import io.odigos.model.v1alpha1.SamplersConfig.HttpRouteFilter;
import io.odigos.model.v1alpha1.SamplersConfig.NumberCondition;
import io.odigos.model.v1alpha1.SamplersConfig.NumberOperation;
import io.odigos.model.v1alpha1.SamplersConfig.ServiceNameFilter;
import io.odigos.model.v1alpha1.SamplersConfig.SpanAttributeFilter;
import io.odigos.model.v1alpha1.SamplersConfig.StringCondition;
import io.odigos.model.v1alpha1.SamplersConfig.StringOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LegacyActionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> COMMON = List.of("actionName", "notes", "disabled", "signals");

  @Test
  void addClusterInfo() {
    AddClusterInfoSpec spec = common(new AddClusterInfoSpec());
    spec.setClusterAttributes(
        List.of(
            new ClusterAttribute("k8s.cluster.name", "prod-eu"),
            new ClusterAttribute("deployment.environment", "")));
    spec.setOverwriteExistingValues(true);

    Action action = convert(new AddClusterInfo(), spec);

    assertThat(action.getSpec().getAddClusterInfo().clusterAttributes())
        .containsExactlyElementsOf(spec.getClusterAttributes());
    assertThat(action.getSpec().getAddClusterInfo().overwriteExistingValues()).isTrue();
    assertOnlyPayload(action, ActionSpec::getAddClusterInfo);
    assertPayloadHasTheLegacyShape(spec, action.getSpec().getAddClusterInfo());
  }

  @Test
  void deleteAttribute() {
    DeleteAttributeSpec spec = common(new DeleteAttributeSpec());
    spec.setAttributeNamesToDelete(List.of("http.request.header.authorization", "user.email"));

    Action action = convert(new DeleteAttribute(), spec);

    assertThat(action.getSpec().getDeleteAttribute().attributeNamesToDelete())
        .containsExactly("http.request.header.authorization", "user.email");
    assertOnlyPayload(action, ActionSpec::getDeleteAttribute);
    assertPayloadHasTheLegacyShape(spec, action.getSpec().getDeleteAttribute());
  }

  @Test
  void renameAttribute() {
    RenameAttributeSpec spec = common(new RenameAttributeSpec());
    spec.setRenames(Map.of("db.statement", "db.query.text"));

    Action action = convert(new RenameAttribute(), spec);

    assertThat(action.getSpec().getRenameAttribute().renames())
        .containsExactlyEntriesOf(Map.of("db.statement", "db.query.text"));
    assertOnlyPayload(action, ActionSpec::getRenameAttribute);
    assertPayloadHasTheLegacyShape(spec, action.getSpec().getRenameAttribute());
  }

  @Test
  void piiMasking() {
    PiiMaskingSpec spec = common(new PiiMaskingSpec());
    spec.setPiiCategories(List.of(PiiCategory.CREDIT_CARD));

    Action action = convert(new PiiMasking(), spec);

    assertThat(action.getSpec().getPiiMasking().piiCategories())
        .containsExactly(PiiCategory.CREDIT_CARD);
    assertOnlyPayload(action, ActionSpec::getPiiMasking);
    assertPayloadHasTheLegacyShape(spec, action.getSpec().getPiiMasking());
  }

  @Test
  void k8sAttributesResolver() {
    K8sAttributesResolverSpec spec = common(new K8sAttributesResolverSpec());
    spec.setCollectContainerAttributes(true);
    spec.setCollectWorkloadUID(false);
    spec.setCollectReplicaSetAttributes(true);
    spec.setCollectClusterUID(true);
    spec.setLabelsAttributes(
        List.of(
            new LabelAttribute(
                "app.kubernetes.io/name",
                "app.name",
                MetadataSource.POD,
                List.of(MetadataSource.POD, MetadataSource.NAMESPACE))));
    spec.setAnnotationsAttributes(
        List.of(new AnnotationAttribute("team", "team.name", null, List.of(MetadataSource.NODE))));

    Action action = convert(new K8sAttributesResolver(), spec);

    var config = action.getSpec().getK8sAttributes();
    assertThat(config.getCollectContainerAttributes()).isTrue();
    assertThat(config.getCollectWorkloadUID()).isFalse();
    assertThat(config.getCollectReplicaSetAttributes()).isTrue();
    assertThat(config.getCollectClusterUID()).isTrue();
    assertThat(config.getLabelsAttributes()).containsExactlyElementsOf(spec.getLabelsAttributes());
    assertThat(config.getAnnotationsAttributes())
        .containsExactlyElementsOf(spec.getAnnotationsAttributes());
    assertOnlyPayload(action, ActionSpec::getK8sAttributes);
    assertPayloadHasTheLegacyShape(spec, config);
  }

  @Test
  void errorSampler() {
    ErrorSamplerSpec spec = common(new ErrorSamplerSpec());
    spec.setFallbackSamplingRatio(12.5);

    Action action = convert(new ErrorSampler(), spec);

    SamplersConfig samplers = action.getSpec().getSamplers();
    assertThat(samplers.errorSampler().fallbackSamplingRatio()).isEqualTo(12.5);
    assertThat(samplers)
        .isEqualTo(new SamplersConfig(samplers.errorSampler(), null, null, null, null, null));
    assertOnlyPayload(action, ActionSpec::getSamplers);
    assertPayloadHasTheLegacyShape(spec, samplers.errorSampler());
  }

  @Test
  void latencySampler() {
    LatencySamplerSpec spec = common(new LatencySamplerSpec());
    spec.setEndpointsFilters(List.of(new HttpRouteFilter("checkout", "/api/pay", 500, 10.0)));

    Action action = convert(new LatencySampler(), spec);

    SamplersConfig samplers = action.getSpec().getSamplers();
    assertThat(samplers.latencySampler().endpointsFilters())
        .containsExactly(new HttpRouteFilter("checkout", "/api/pay", 500, 10.0));
    assertThat(samplers)
        .isEqualTo(new SamplersConfig(null, samplers.latencySampler(), null, null, null, null));
    assertOnlyPayload(action, ActionSpec::getSamplers);
    assertPayloadHasTheLegacyShape(spec, samplers.latencySampler());
  }

  @Test
  void probabilisticSampler() {
    ProbabilisticSamplerSpec spec = common(new ProbabilisticSamplerSpec());
    spec.setSamplingPercentage("15");

    Action action = convert(new ProbabilisticSampler(), spec);

    SamplersConfig samplers = action.getSpec().getSamplers();
    assertThat(samplers.probabilisticSampler().samplingPercentage()).isEqualTo("15");
    assertThat(samplers)
        .isEqualTo(
            new SamplersConfig(null, null, null, null, samplers.probabilisticSampler(), null));
    assertOnlyPayload(action, ActionSpec::getSamplers);
    assertPayloadHasTheLegacyShape(spec, samplers.probabilisticSampler());
  }

  @Test
  void serviceNameSampler() {
    ServiceNameSamplerSpec spec = common(new ServiceNameSamplerSpec());
    spec.setServicesNameFilters(List.of(new ServiceNameFilter("frontend", 100.0, 5.0)));

    Action action = convert(new ServiceNameSampler(), spec);

    SamplersConfig samplers = action.getSpec().getSamplers();
    assertThat(samplers.serviceNameSampler().servicesNameFilters())
        .containsExactly(new ServiceNameFilter("frontend", 100.0, 5.0));
    assertThat(samplers)
        .isEqualTo(new SamplersConfig(null, null, samplers.serviceNameSampler(), null, null, null));
    assertOnlyPayload(action, ActionSpec::getSamplers);
    assertPayloadHasTheLegacyShape(spec, samplers.serviceNameSampler());
  }

  @Test
  void spanAttributeSampler() {
    SpanAttributeSamplerSpec spec = common(new SpanAttributeSamplerSpec());
    List<SpanAttributeFilter> filters =
        List.of(
            new SpanAttributeFilter(
                "checkout",
                "http.request.method",
                new AttributeCondition(
                    new StringCondition(StringOperation.EQUALS, "POST"), null, null, null),
                100.0,
                20.0),
            new SpanAttributeFilter(
                "checkout",
                "order.total",
                new AttributeCondition(
                    null, new NumberCondition(NumberOperation.GREATER_THAN, 1000.0), null, null),
                100.0,
                0.0));
    spec.setAttributeFilters(filters);

    Action action = convert(new SpanAttributeSampler(), spec);

    SamplersConfig samplers = action.getSpec().getSamplers();
    assertThat(samplers.spanAttributeSampler().attributeFilters())
        .containsExactlyElementsOf(filters);
    assertThat(samplers)
        .isEqualTo(
            new SamplersConfig(null, null, null, samplers.spanAttributeSampler(), null, null));
    assertOnlyPayload(action, ActionSpec::getSamplers);
    assertPayloadHasTheLegacyShape(spec, samplers.spanAttributeSampler());
  }

  @Test
  void theActionSharesNoListWithTheLegacyResource() {
    DeleteAttributeSpec spec = common(new DeleteAttributeSpec());
    spec.setAttributeNamesToDelete(new ArrayList<>(List.of("a")));
    Action action = convert(new DeleteAttribute(), spec);

    spec.getAttributeNamesToDelete().add("b");
    spec.getSignals().clear();

    assertThat(action.getSpec().getDeleteAttribute().attributeNamesToDelete()).containsExactly("a");
    assertThat(action.getSpec().getSignals()).containsExactly(ObservabilitySignal.TRACES);
  }

  @Test
  void unsetOptionalFieldsStayUnset() {
    ProbabilisticSamplerSpec spec = new ProbabilisticSamplerSpec();
    spec.setSignals(List.of(ObservabilitySignal.TRACES));
    spec.setSamplingPercentage("50");
    ProbabilisticSampler legacy = new ProbabilisticSampler();
    legacy.setMetadata(new ObjectMeta());
    legacy.getMetadata().setName("half");
    legacy.setSpec(spec);

    Action action = LegacyActions.toAction(legacy);

    assertThat(action.getMetadata().getName()).isEqualTo("half");
    assertThat(action.getMetadata().getNamespace()).isNull();
    assertThat(action.getSpec().getActionName()).isNull();
    assertThat(action.getSpec().getNotes()).isNull();
    assertThat(action.getSpec().getDisabled()).isNull();
  }

  @Test
  void aClassThatIsNoLegacyKindIsRejected() {
    Action modern = new Action();
    assertThatThrownBy(() -> LegacyActions.toAction(modern))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Action.class.getName());
    assertThatThrownBy(() -> LegacyActions.toAction(new Pod()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLegacyResourceWithoutSpecIsRejected() {
    ErrorSampler legacy = new ErrorSampler();
    legacy.setMetadata(new ObjectMeta());
    legacy.getMetadata().setName("no-spec");
    assertThatThrownBy(() -> LegacyActions.toAction(legacy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ErrorSampler no-spec has no spec");
  }

  @Test
  void legacyKindsUseTheActionsGroup() {
    HasMetadata legacy = new SpanAttributeSampler();
    assertThat(legacy.getApiVersion()).isEqualTo("actions.odigos.io/v1alpha1");
    assertThat(legacy.getKind()).isEqualTo("SpanAttributeSampler");
    assertThat(LegacyActions.toAction(withSpec(new SpanAttributeSampler())).getApiVersion())
        .isEqualTo("odigos.io/v1alpha1");
  }

  private static SpanAttributeSampler withSpec(SpanAttributeSampler legacy) {
    SpanAttributeSamplerSpec spec = common(new SpanAttributeSamplerSpec());
    spec.setAttributeFilters(List.of());
    legacy.setSpec(spec);
    return legacy;
  }

  /** Fills the common fields with distinct values. */
  private static <S extends LegacyActionSpec> S common(S spec) {
    spec.setActionName("my action");
    spec.setNotes("why it exists");
    spec.setDisabled(true);
    spec.setSignals(new ArrayList<>(List.of(ObservabilitySignal.TRACES)));
    return spec;
  }

  /** Converts, then checks what every kind must keep: metadata and the common fields. */
  private static <S extends LegacyActionSpec> Action convert(
      CustomResource<S, LegacyActionStatus> legacy, S spec) {
    legacy.setMetadata(new ObjectMeta());
    legacy.getMetadata().setName("legacy-" + legacy.getKind().toLowerCase());
    legacy.getMetadata().setNamespace("odigos-system");
    legacy.setSpec(spec);

    Action action = LegacyActions.toAction(legacy);

    assertThat(action.getMetadata().getName()).isEqualTo(legacy.getMetadata().getName());
    assertThat(action.getMetadata().getNamespace()).isEqualTo("odigos-system");
    assertThat(action.getSpec().getActionName()).isEqualTo("my action");
    assertThat(action.getSpec().getNotes()).isEqualTo("why it exists");
    assertThat(action.getSpec().getDisabled()).isTrue();
    assertThat(action.getSpec().getSignals()).containsExactly(ObservabilitySignal.TRACES);
    return action;
  }

  /** Exactly one payload field of the Action spec is set, the one given. */
  private static void assertOnlyPayload(Action action, Function<ActionSpec, Object> payload) {
    ActionSpec spec = action.getSpec();
    List<Object> set =
        java.util.stream.Stream.of(
                spec.getAddClusterInfo(),
                spec.getDeleteAttribute(),
                spec.getRenameAttribute(),
                spec.getPiiMasking(),
                spec.getK8sAttributes(),
                spec.getUrlTemplatization(),
                spec.getSpanRenamer(),
                spec.getExtractAttribute(),
                spec.getDbQueryTemplatization(),
                spec.getInferDbAttributes(),
                spec.getSamplers())
            .filter(java.util.Objects::nonNull)
            .toList();
    assertThat(set).containsExactly(payload.apply(spec));
  }

  /**
   * On the wire, the legacy spec without its common fields is exactly the payload: the same JSON
   * field names and values, so that one schema fits both.
   */
  private static void assertPayloadHasTheLegacyShape(LegacyActionSpec legacy, Object payload) {
    ObjectNode legacyJson = JSON.valueToTree(legacy);
    legacyJson.remove(COMMON);
    JsonNode payloadJson = JSON.valueToTree(payload);
    assertThat(payloadJson).isEqualTo(legacyJson);
  }
}
